package vn.hocso.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;

/** The shipped courses are imported at start-up and the catalog is public. */
class CourseCatalogIT {

    private static Http anonymous() {
        return Http.to(RunningBundle.onPostgres().baseUri());
    }

    @Test
    void theCatalogListsTheShippedCoursesInTheAskedLanguage() {
        JsonArray vietnamese = anonymous().get("api/courses").json().asJsonArray();
        JsonArray english = anonymous().get("api/courses?lang=en").json().asJsonArray();

        assertThat(vietnamese).hasSizeGreaterThanOrEqualTo(5);
        assertThat(vietnamese.getValuesAs(JsonObject.class)).anySatisfy(course -> {
            assertThat(course.getString("slug")).isEqualTo("an-toan-khong-gian-mang");
            assertThat(course.getString("title")).isEqualTo("An toàn trên không gian mạng");
            assertThat(course.getString("category")).isEqualTo("cyber-safety");
            assertThat(course.getInt("lessonCount")).isGreaterThanOrEqualTo(5);
        });
        assertThat(english.getValuesAs(JsonObject.class))
                .filteredOn(course -> course.getString("slug").equals("an-toan-khong-gian-mang"))
                .singleElement().satisfies(course -> assertThat(course.getString("title")).isNotEqualTo("An toàn trên không gian mạng"));
    }

    @Test
    void searchNeedsNoDiacriticsAndFiltersNarrowTheList() {
        JsonArray found = anonymous().get("api/courses?q=khong%20gian%20mang").json().asJsonArray();
        JsonArray stem = anonymous().get("api/courses?category=stem").json().asJsonArray();

        assertThat(found).extracting(value -> value.asJsonObject().getString("slug")).contains("an-toan-khong-gian-mang");
        assertThat(stem).extracting(value -> value.asJsonObject().getString("category")).containsOnly("stem");
        assertThat(anonymous().get("api/courses?category=cooking").status()).isEqualTo(422);
    }

    @Test
    void aLearnerEnrolsMarksLessonsDoneAndSeesTheProgress() {
        Http learner = anonymous().withBasicAuth("learner", "hocso-demo");
        String course = "ky-nang-so-co-ban";
        JsonArray lessons = anonymous().get("api/courses/" + course).json().asJsonObject().getJsonArray("lessons");
        String first = lessons.getJsonObject(0).getString("slug");

        Http.Response enrolled = learner.postJson("api/courses/" + course + "/enrolment", "{}");
        Http.Response again = learner.postJson("api/courses/" + course + "/enrolment", "{}");
        Http.Response done = learner.postJson("api/courses/" + course + "/lessons/" + first + "/done", "{}");
        JsonArray mine = learner.get("api/me/enrolments").json().asJsonArray();

        assertThat(enrolled.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(done.json().asJsonObject().getInt("progressPercent")).isEqualTo(100 / lessons.size());
        assertThat(mine.getValuesAs(JsonObject.class)).anySatisfy(enrolment -> {
            assertThat(enrolment.getString("course")).isEqualTo(course);
            assertThat(enrolment.getString("status")).isEqualTo("IN_PROGRESS");
        });
        assertThat(anonymous().postJson("api/courses/" + course + "/enrolment", "{}").status()).isEqualTo(401);
    }

    @Test
    void aCoursePageListsItsLessonsAndItsFinalQuiz() {
        Http.Response response = anonymous().get("api/courses/kinh-doanh-truc-tuyen-ocop");
        JsonObject course = response.json().asJsonObject();

        assertThat(response.status()).isEqualTo(200);
        assertThat(course.getJsonArray("lessons")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(course.getJsonArray("quizzes").getJsonObject(0).getString("file")).isEqualTo("final.gift");
        assertThat(course.getJsonArray("quizzes").getJsonObject(0).getJsonNumber("id").longValue()).isPositive();
        assertThat(course.getJsonArray("quizzes").getJsonObject(0).getInt("questionCount")).isGreaterThanOrEqualTo(20);
        assertThat(anonymous().get("api/courses/no-such-course").status()).isEqualTo(404);
    }
}
