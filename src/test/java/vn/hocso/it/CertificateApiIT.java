package vn.hocso.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.NewLearner;
import vn.hocso.testsupport.RunningBundle;

/** A learner completes a course online and gets a certificate anybody can check, and only the right people download. */
class CertificateApiIT {

    @TempDir
    Path folders;

    @Test
    void completingACourseIssuesACertificateThatIsVerifiedDownloadedAndRateLimited() throws IOException {
        Http site = Http.to(RunningBundle.onPostgres().baseUri());
        byte[] zip = CourseFolder.valid(folders, "chung-nhan-thu").edit("course.yaml", "  quiz: final.gift\n", "").zip(true);
        site.withBasicAuth("admin", "hocso-demo").postBytes("api/courses/import?name=chung-nhan-thu.zip", "application/zip", zip);
        NewLearner account = NewLearner.register(RunningBundle.onPostgres().baseUri(), "0966", "Trương Thị Mỹ Hạnh", "FEMALE");
        Http learner = site.withBasicAuth(account.username(), account.password());
        learner.postJson("api/courses/chung-nhan-thu/enrolment", "{}");
        learner.postJson("api/courses/chung-nhan-thu/lessons/mat-khau-manh/done", "{}");
        learner.postJson("api/courses/chung-nhan-thu/lessons/lua-dao/done", "{}");

        JsonObject enrolment = learner.get("api/me/enrolments").json().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("course").equals("chung-nhan-thu")).findFirst().orElseThrow();
        String code = enrolment.getString("certificateCode");
        JsonObject verified = site.get("api/certificates/" + code.toLowerCase()).json().asJsonObject();
        Http.Response page = site.get("verify/" + code);
        byte[] pdf = learner.download("api/certificates/" + code + "/pdf");
        byte[] again = learner.download("api/certificates/" + code + "/pdf");
        Http.Response stranger = site.withBasicAuth("learner", "hocso-demo").get("api/certificates/" + code + "/pdf");
        Http.Response unknown = site.get("api/certificates/ABCD-EFGH-JKLM-NPQR");

        assertThat(enrolment.getString("status")).isEqualTo("COMPLETED");
        assertThat(verified.getString("status")).isEqualTo("VALID");
        assertThat(verified.getString("holder")).isEqualTo("T. T. M. Hạnh");
        assertThat(verified.getString("issuer")).isEqualTo("HUYỆN ĐOÀN NINH PHƯỚC");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Giấy chứng nhận hợp lệ", "T. T. M. Hạnh").doesNotContain("Trương Thị Mỹ Hạnh");
        assertThat(again).isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Trương Thị Mỹ Hạnh", "GIẤY CHỨNG NHẬN");
        }
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        int status = 200;
        for (int i = 0; i < 40 && status != 429; i++) {
            status = site.get("api/certificates/" + code).status();
        }
        assertThat(status).as("lookups are limited per address").isEqualTo(429);
    }
}
