package vn.hocso.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;

/** The quiz engine over HTTP: attempts, their ownership, the server's deadline, and question previews. */
class QuizApiIT {

    @TempDir
    Path folders;

    private static Http anonymous() {
        return Http.to(RunningBundle.onPostgres().baseUri());
    }

    private static Http as(String user) {
        return anonymous().withBasicAuth(user, "hocso-demo");
    }

    private static long quizOf(String course) {
        return anonymous().get("api/courses/" + course).json().asJsonObject()
                .getJsonArray("quizzes").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject start(Http learner, String course) {
        learner.postJson("api/courses/" + course + "/enrolment", "{}");
        Http.Response started = learner.postJson("api/quizzes/" + quizOf(course) + "/attempts", "{}");
        assertThat(started.status()).isIn(200, 201);
        return started.json().asJsonObject();
    }

    @Test
    void anAttemptShowsNoAnswersSavesIdempotentlyAndSubmitsOnce() {
        Http learner = as("learner");
        Http.Response first = learner.postJson("api/courses/dich-vu-cong-truc-tuyen/enrolment", "{}");
        Http.Response started = learner.postJson("api/quizzes/" + quizOf("dich-vu-cong-truc-tuyen") + "/attempts", "{}");
        JsonObject attempt = started.json().asJsonObject();
        long id = attempt.getJsonNumber("attemptId").longValue();
        JsonObject question = attempt.getJsonArray("questions").getJsonObject(0);
        String path = "api/attempts/" + id + "/answers/" + question.getJsonNumber("id").longValue();

        Http.Response saved = learner.send("PUT", path, "{\"response\": 1, \"seq\": 7}");
        Http.Response again = learner.send("PUT", path, "{\"response\": 1, \"seq\": 7}");
        Http.Response submitted = learner.postJson("api/attempts/" + id + "/submit", "{}");
        Http.Response resubmitted = learner.postJson("api/attempts/" + id + "/submit", "{}");

        assertThat(first.status()).isIn(201, 409);
        assertThat(started.status()).isEqualTo(201);
        assertThat(attempt.getString("deadline")).isNotBlank();
        assertThat(question.getJsonArray("choices")).isNotEmpty();
        assertThat(started.body()).doesNotContain("fraction", "feedback", "rightResponse");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(again.json().asJsonObject().getString("savedAt")).isEqualTo(saved.json().asJsonObject().getString("savedAt"));
        assertThat(submitted.json().asJsonObject().keySet()).contains("score", "maxScore", "percent", "passed");
        assertThat(resubmitted.body()).isEqualTo(submitted.body());
        assertThat(learner.get("api/attempts/" + id).json().asJsonObject().getJsonArray("review")).isNotEmpty();
    }

    @Test
    void nobodyElseReadsOrChangesALearnersAttempt() {
        JsonObject attempt = start(as("learner"), "stem-tu-duy-may-tinh");
        long id = attempt.getJsonNumber("attemptId").longValue();
        long question = attempt.getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue();

        assertThat(as("trainer").get("api/attempts/" + id).status()).isEqualTo(404);
        assertThat(as("trainer").send("PUT", "api/attempts/" + id + "/answers/" + question, "{\"response\": 1}").status())
                .isEqualTo(404);
        assertThat(as("trainer").postJson("api/attempts/" + id + "/submit", "{}").status()).isEqualTo(404);
        assertThat(anonymous().get("api/attempts/" + id).status()).isEqualTo(401);
    }

    @Test
    void theServersDeadlineDecidesWhatCounts() throws InterruptedException {
        Instant closes = Instant.now().plusSeconds(8);
        String closing = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(LocalDateTime.ofInstant(closes, ZoneId.of("Asia/Ho_Chi_Minh")));
        byte[] zip = CourseFolder.valid(folders, "han-chot")
                .write("quizzes/final.gift", "$CATEGORY: an-toan/final\n\n::a:: 1 + 1 = ? {#2}\n\n::b:: 2 + 2 = ? {#4}\n")
                .edit("course.yaml", "    timeLimitMinutes: 30", "    timeLimitMinutes: 30\n    closes: " + closing)
                .zip(true);
        assertThat(as("admin").postBytes("api/courses/import?name=han-chot.zip", "application/zip", zip).status()).isEqualTo(201);
        Http learner = as("learner");
        JsonObject attempt = start(learner, "han-chot");
        long id = attempt.getJsonNumber("attemptId").longValue();
        JsonArray questions = attempt.getJsonArray("questions");
        String answers = "api/attempts/" + id + "/answers/";

        Http.Response inTime = learner.send("PUT", answers + questions.getJsonObject(0).getJsonNumber("id"), "{\"response\": \"2\"}");
        Thread.sleep(Duration.between(Instant.now(), closes).plusSeconds(RunningBundle.QUIZ_GRACE_SECONDS + 1).toMillis());
        Http.Response late = learner.send("PUT", answers + questions.getJsonObject(1).getJsonNumber("id"), "{\"response\": \"4\"}");
        JsonObject result = learner.postJson("api/attempts/" + id + "/submit", "{}").json().asJsonObject();
        JsonObject graded = learner.get("api/attempts/" + id).json().asJsonObject();

        assertThat(inTime.status()).isEqualTo(200);
        assertThat(late.status()).isEqualTo(409);
        assertThat(result.getJsonNumber("score").doubleValue()).isEqualTo(1.0);
        assertThat(result.getJsonNumber("maxScore").doubleValue()).isEqualTo(2.0);
        assertThat(graded.getString("submittedAt")).isEqualTo(graded.getString("deadline"));
    }

    @Test
    void trainersPreviewGiftAndAikenWithoutStoringAnything() {
        Http trainer = as("trainer").withHeader("Accept-Language", "en");
        String gift = "::Q1:: Thủ đô của Việt Nam? {=Hà Nội ~%-50%Huế#Không phải}\n\n::Q2:: 2 + 2 = {#4:0}\n";
        String aiken = "Thủ đô của Việt Nam?\nA. Hà Nội\nB. Huế\nANSWER: A\n";

        Http.Response read = trainer.send("POST", "api/questions/preview?format=gift", gift);
        Http.Response aikenRead = trainer.send("POST", "api/questions/preview?format=aiken", aiken);
        Http.Response broken = trainer.send("POST", "api/questions/preview?format=gift", "::Q1:: Câu hỏi {=a ~b\n");

        JsonObject first = read.json().asJsonObject().getJsonArray("questions").getJsonObject(0);
        assertThat(read.status()).isEqualTo(200);
        assertThat(first.getString("type")).isEqualTo("MULTIPLE_CHOICE");
        assertThat(first.getString("name")).isEqualTo("Q1");
        assertThat(first.getJsonArray("answers").getJsonObject(1).getJsonNumber("fraction").doubleValue()).isEqualTo(-0.5);
        assertThat(first.getJsonArray("answers").getJsonObject(1).getString("feedback")).isEqualTo("Không phải");
        assertThat(aikenRead.json().asJsonObject().getJsonArray("questions")).hasSize(1);
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getInt("line")).isEqualTo(1);
        assertThat(as("learner").send("POST", "api/questions/preview", gift).status()).isEqualTo(403);
        assertThat(trainer.send("POST", "api/questions/preview?format=xml", gift).status()).isEqualTo(422);
    }

    @Test
    void aQuizBankExportsToGift() {
        long quiz = quizOf("an-toan-khong-gian-mang");

        Http.Response exported = as("trainer").get("api/quizzes/" + quiz + "/questions.gift");
        Http.Response readBack = as("trainer").send("POST", "api/questions/preview?format=gift", exported.body());

        assertThat(exported.status()).isEqualTo(200);
        assertThat(readBack.json().asJsonObject().getJsonArray("questions"))
                .hasSize(anonymous().get("api/courses/an-toan-khong-gian-mang").json().asJsonObject()
                        .getJsonArray("quizzes").getJsonObject(0).getInt("questionCount"));
        assertThat(as("learner").get("api/quizzes/" + quiz + "/questions.gift").status()).isEqualTo(403);
    }
}
