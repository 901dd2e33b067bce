package vn.hocso.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;

/** A class over HTTP: planned, its roster imported, attendance taken, the sheet exported. */
class ClassApiIT {

    private static Http as(String user) {
        return Http.to(RunningBundle.onPostgres().baseUri()).withBasicAuth(user, "hocso-demo");
    }

    @Test
    void anOrganizerPlansAClassImportsItsRosterTakesAttendanceAndExportsTheSheet() throws IOException {
        Http organizer = as("organizer");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Http.Response created = organizer.postJson("api/classes", """
                {"title":"Lớp tập huấn an toàn không gian mạng","courseSlug":"ky-nang-so-co-ban","unitCode":"X-PH",
                 "mode":"IN_PERSON","kind":"TRAINING","location":"Hội trường xã Phước Hậu","startDate":"%s","endDate":"%s",
                 "attendanceThresholdPercent":80}""".formatted(today, today.plusDays(30)));
        long id = created.json().asJsonObject().getJsonNumber("id").longValue();
        Http.Response sessions = organizer.postJson("api/classes/" + id + "/sessions",
                "{\"firstDay\":\"%s\",\"startTime\":\"00:00\",\"endTime\":\"23:59\",\"weeks\":2}".formatted(today));
        long session = sessions.json().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        byte[] csv = """
                Họ và tên;Điện thoại;Năm sinh;Giới tính;Đơn vị
                Trần Thị Bé;0987 000 111;2002;Nữ;X-PH
                Võ Minh Đức;0987000222;1999;Nam;Đoàn xã Phước Hậu
                Số Sai;12ab;;;
                """.getBytes(StandardCharsets.UTF_8);

        JsonObject preview = organizer.postBytes("api/classes/" + id + "/roster/import?commit=false", "text/csv", csv)
                .json().asJsonObject();
        JsonObject committed = organizer.postBytes("api/classes/" + id + "/roster/import?commit=true", "text/csv", csv)
                .json().asJsonObject();
        Http.Response marked = organizer.send("PUT", "api/sessions/" + session + "/attendance/0987000111",
                "{\"status\":\"PRESENT\",\"remark\":\"Đến sớm\"}");
        Http.Response badStatus = organizer.send("PUT", "api/sessions/" + session + "/attendance/0987000222",
                "{\"status\":\"MAYBE\"}");
        JsonObject view = organizer.get("api/classes/" + id).json().asJsonObject();

        assertThat(created.status()).isEqualTo(201);
        assertThat(sessions.json().asJsonArray()).hasSize(2);
        assertThat(preview.getBoolean("committed")).isFalse();
        assertThat(preview.getJsonArray("rows")).extracting(r -> r.asJsonObject().getString("status"))
                .containsExactly("NEW", "NEW", "REJECTED");
        assertThat(preview.getJsonArray("rows").getJsonObject(2).getInt("line")).isEqualTo(4);
        assertThat(preview.getJsonArray("rows").getJsonObject(2).getString("reason")).contains("Số điện thoại không hợp lệ");
        assertThat(committed.getInt("joined")).isEqualTo(2);
        assertThat(marked.status()).isEqualTo(200);
        assertThat(badStatus.status()).isEqualTo(422);
        assertThat(view.getJsonArray("roster")).extracting(p -> p.asJsonObject().getString("username"))
                .containsExactlyInAnyOrder("0987000111", "0987000222");
        assertThat(view.getJsonArray("sessions")).hasSize(2);
        assertThat(organizer.get("api/classes?unit=HD-NP&year=" + today.getYear()).json().asJsonArray())
                .extracting(c -> c.asJsonObject().getJsonNumber("id").longValue()).contains(id);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(organizer.download("api/classes/" + id + "/attendance.xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(1))).as("Bé before Đức").isEqualTo("Trần Thị Bé");
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(5))).isEqualTo("Có mặt");
            assertThat(cells.formatCellValue(sheet.getRow(2).getCell(1))).isEqualTo("Võ Minh Đức");
        }
        try (PDDocument pdf = Loader.loadPDF(organizer.download("api/classes/" + id + "/attendance.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).as("a page per session").isEqualTo(2);
            assertThat(text).contains("DANH SÁCH ĐIỂM DANH", "Trần Thị Bé", "Võ Minh Đức", "ĐOÀN TNCS HỒ CHÍ MINH");
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Lớp tập huấn an toàn không gian mạng");
        }
    }

    @Test
    void aTrainerNotOnTheClassAndALearnerAreKeptOut() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long id = as("organizer-phuochau").postJson("api/classes", """
                {"title":"Lớp bán hàng OCOP trên mạng","courseSlug":"ky-nang-so-co-ban","unitCode":"X-PH",
                 "startDate":"%s","endDate":"%s"}""".formatted(today, today)).json().asJsonObject()
                .getJsonNumber("id").longValue();

        assertThat(as("trainer").get("api/classes/" + id).status()).isEqualTo(403);
        assertThat(as("learner").get("api/classes").status()).isEqualTo(403);
        assertThat(as("organizer-phuochau").postJson("api/classes", """
                {"title":"Lớp khác","courseSlug":"ky-nang-so-co-ban","unitCode":"X-PD","startDate":"%s","endDate":"%s"}"""
                .formatted(today, today)).status()).isEqualTo(403);
        JsonValue bad = as("organizer").postJson("api/classes", "{\"title\":\"\",\"courseSlug\":\"ky-nang-so-co-ban\","
                + "\"unitCode\":\"X-PH\",\"startDate\":\"2026-13-01\"}").json();
        JsonArray errors = bad.asJsonObject().getJsonArray("errors");
        assertThat(errors).extracting(e -> e.asJsonObject().getString("field")).contains("startDate");
    }
}
