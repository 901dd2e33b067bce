package vn.hocso.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;

/** POST /api/courses/import: administrators import one course folder sent as a ZIP, all or nothing. */
class CourseUploadIT {

    private static final String ZIP = "application/zip";

    @TempDir
    Path folders;

    private static Http as(String user) {
        return Http.to(RunningBundle.onPostgres().baseUri()).withBasicAuth(user, "hocso-demo");
    }

    @Test
    void anAdministratorUploadsACourseThatAnyoneThenFindsWithItsImages() {
        byte[] zip = CourseFolder.valid(folders, "tai-len-thu")
                .edit("lessons/01-mat-khau-manh.md", "Một mật khẩu", "![Ảnh](anh.png)\n\nMột mật khẩu")
                .writeBytes("lessons/anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .zip(true);

        Http.Response uploaded = as("admin").postBytes("api/courses/import?name=tai-len-thu.zip", ZIP, zip);
        Http.Response image = as("learner").get("course-files/tai-len-thu/anh.png");

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().asJsonObject().getJsonArray("lessons")).hasSize(2);
        assertThat(Http.to(RunningBundle.onPostgres().baseUri()).get("api/courses/tai-len-thu").status()).isEqualTo(200);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).hasValue("image/png");
        assertThat(image.header("ETag")).isPresent();
    }

    @Test
    void aBrokenCourseIsRefusedWithEveryProblemNamedByFileAndLine() {
        byte[] zip = CourseFolder.valid(folders, "hong-mot-cho")
                .edit("course.yaml", "category: cyber-safety", "category: cooking")
                .zip(true);

        Http.Response refused = as("admin").withHeader("Accept-Language", "en")
                .postBytes("api/courses/import?name=hong.zip", ZIP, zip);

        assertThat(refused.status()).isEqualTo(422);
        JsonObject error = refused.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("hong-mot-cho/course.yaml");
        assertThat(error.getInt("line")).isEqualTo(7);
        assertThat(error.getString("message")).contains("cooking");
        assertThat(Http.to(RunningBundle.onPostgres().baseUri()).get("api/courses/hong-mot-cho").status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsUploadAndGarbageIsNoZip() {
        byte[] zip = CourseFolder.valid(folders, "khong-duoc").zip(true);

        assertThat(as("organizer").postBytes("api/courses/import", ZIP, zip).status()).isEqualTo(403);
        assertThat(Http.to(RunningBundle.onPostgres().baseUri()).postBytes("api/courses/import", ZIP, zip).status())
                .isEqualTo(401);
        assertThat(as("admin").postBytes("api/courses/import", ZIP, new byte[] {1, 2, 3}).status()).isEqualTo(422);
    }
}
