package vn.hocso.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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

    @Test
    void aClassIssuesItsCertificatesWhenLearnersCompleteItAndZipsThemInTheBackground() throws Exception {
        Http site = Http.to(RunningBundle.onPostgres().baseUri());
        Http organizer = site.withBasicAuth("organizer", "hocso-demo");
        byte[] zip = CourseFolder.valid(folders, "chung-nhan-lop").edit("course.yaml", "  quiz: final.gift\n", "").zip(true);
        site.withBasicAuth("admin", "hocso-demo").postBytes("api/courses/import?name=chung-nhan-lop.zip", "application/zip", zip);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long classId = organizer.postJson("api/classes", """
                {"title":"Lớp cấp giấy","courseSlug":"chung-nhan-lop","unitCode":"X-PH","startDate":"%s","endDate":"%s"}"""
                .formatted(today, today)).json().asJsonObject().getJsonNumber("id").longValue();
        long session = organizer.postJson("api/classes/" + classId + "/sessions",
                "{\"firstDay\":\"%s\",\"startTime\":\"00:00\",\"endTime\":\"23:59\"}".formatted(today))
                .json().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        NewLearner account = NewLearner.register(RunningBundle.onPostgres().baseUri(), "0967", "Đặng Văn Ưng", "MALE");
        organizer.postJson("api/classes/" + classId + "/roster", "{\"username\":\"" + account.username() + "\"}");
        organizer.send("PUT", "api/sessions/" + session + "/attendance/" + account.username(), "{\"status\":\"PRESENT\"}");
        Http learner = site.withBasicAuth(account.username(), account.password());
        learner.postJson("api/courses/chung-nhan-lop/lessons/mat-khau-manh/done", "{}");
        learner.postJson("api/courses/chung-nhan-lop/lessons/lua-dao/done", "{}");

        Http.Response started = organizer.postJson("api/certificate-jobs", "{\"classId\":" + classId + "}");
        String job = started.json().asJsonObject().getString("id");
        JsonObject progress = started.json().asJsonObject();
        for (int i = 0; i < 60 && progress.getString("state").equals("RUNNING"); i++) {
            Thread.sleep(250);
            progress = organizer.get("api/certificate-jobs/" + job).json().asJsonObject();
        }

        assertThat(started.status()).isEqualTo(202);
        assertThat(progress.getString("state")).isEqualTo("DONE");
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(
                organizer.download("api/certificate-jobs/" + job + "/file")))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
                try (PDDocument pdf = Loader.loadPDF(entries.readAllBytes())) {
                    assertThat(new PDFTextStripper().getText(pdf)).contains("Đặng Văn Ưng", "GIẤY CHỨNG NHẬN");
                }
            }
        }
        assertThat(names).singleElement().satisfies(name -> assertThat(name).endsWith(".pdf"));
        assertThat(learner.get("api/certificate-jobs/" + job).status()).as("only its organizer follows a job").isEqualTo(404);
        String print = organizer.postJson("api/certificate-jobs", "{\"classId\":" + classId + ",\"format\":\"PDF\"}")
                .json().asJsonObject().getString("id");
        String state = "RUNNING";
        for (int i = 0; i < 60 && state.equals("RUNNING"); i++) {
            Thread.sleep(250);
            state = organizer.get("api/certificate-jobs/" + print).json().asJsonObject().getString("state");
        }
        try (PDDocument merged = Loader.loadPDF(organizer.download("api/certificate-jobs/" + print + "/file"))) {
            assertThat(merged.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(merged)).contains("Đặng Văn Ưng");
        }
    }
}
