package vn.hocso.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;

/** A contest over HTTP: planned, joined, closed until the start, then taken and ranked. */
class ContestApiIT {

    private static Http as(String user) {
        return Http.to(RunningBundle.onPostgres().baseUri()).withBasicAuth(user, "hocso-demo");
    }

    @Test
    void aContestantsPaperOpensOnlyAtTheStartAndTheRankingFollows() throws InterruptedException {
        long quiz = Http.to(RunningBundle.onPostgres().baseUri()).get("api/courses/ky-nang-so-co-ban").json().asJsonObject()
                .getJsonArray("quizzes").getJsonObject(0).getJsonNumber("id").longValue();
        Instant start = Instant.now().plusSeconds(4);
        Http.Response created = as("organizer").postJson("api/contests", """
                {"title":"Hội thi Kỹ năng số","quizId":%d,"unitCode":"HD-NP","startsAt":"%s","durationMinutes":15}"""
                .formatted(quiz, start.plusSeconds(3600)));
        long contest = created.json().asJsonObject().getJsonNumber("id").longValue();
        Http learner = as("learner");
        JsonObject entry = learner.postJson("api/contests/" + contest + "/entries", "{}").json().asJsonObject();
        long attempt = entry.getJsonNumber("attemptId").longValue();
        as("organizer").send("PUT", "api/contests/" + contest, "{\"startsAt\":\"" + start + "\"}");

        JsonObject before = learner.get("api/attempts/" + attempt).json().asJsonObject();
        Http.Response publicPage = Http.to(RunningBundle.onPostgres().baseUri()).get("contest/index.xhtml?id=" + contest);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), start).toMillis() + 300));
        JsonObject after = learner.get("api/attempts/" + attempt).json().asJsonObject();
        long question = after.getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue();
        Http.Response saved = learner.send("PUT", "api/attempts/" + attempt + "/answers/" + question, "{\"response\":1}");
        learner.postJson("api/attempts/" + attempt + "/submit", "{}");
        Http.Response ranking = as("organizer").get("api/contests/" + contest + "/ranking");

        assertThat(created.status()).isEqualTo(201);
        assertThat(before.getString("status")).isEqualTo("SCHEDULED");
        assertThat(before.getJsonArray("questions")).isEmpty();
        assertThat(publicPage.status()).isEqualTo(200);
        assertThat(publicPage.body()).contains("Hội thi Kỹ năng số");
        assertThat(after.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(ranking.json().asJsonArray()).singleElement()
                .satisfies(row -> assertThat(row.asJsonObject().getInt("rank")).isEqualTo(1));
        assertThat(as("learner").get("api/contests/" + contest + "/ranking").status()).isEqualTo(403);
    }
}
