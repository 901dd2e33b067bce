package vn.hocso.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import vn.hocso.journeys.pages.AttendanceSheetPage;
import vn.hocso.journeys.pages.ClassPage;
import vn.hocso.journeys.pages.LoginPage;
import vn.hocso.testsupport.Browser;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;

/** An organizer imports a roster, takes attendance on a 360 px phone, and exports the sheet. */
@ExtendWith(Browser.class)
class ClassJourneyIT {

    private static final String SAVED = "Đã lưu tất cả điểm danh";

    @TempDir
    Path folder;

    @Test
    void aRosterImportedOnThePageIsMarkedOnAPhoneAndTheExportedSheetSaysSo(WebDriver browser) throws IOException {
        URI site = RunningBundle.onPostgres().baseUri();
        Http organizer = Http.to(site).withBasicAuth("organizer", "hocso-demo");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long id = organizer.postJson("api/classes", """
                {"title":"Lớp bán hàng OCOP trên mạng","courseSlug":"kinh-doanh-truc-tuyen-ocop","unitCode":"X-PH",
                 "startDate":"%s","endDate":"%s"}""".formatted(today, today.plusDays(7))).json().asJsonObject()
                .getJsonNumber("id").longValue();
        organizer.postJson("api/classes/" + id + "/sessions",
                "{\"firstDay\":\"%s\",\"startTime\":\"00:00\",\"endTime\":\"23:59\"}".formatted(today));
        Path roster = folder.resolve("danh-sach.csv");
        Files.writeString(roster, """
                Họ và tên,Điện thoại,Năm sinh,Giới tính,Chủ thể OCOP
                Lê Thị Thu,0986 100 001,1996,Nữ,Có
                Phạm Văn Bình,0986100002,1990,Nam,Không
                Lê Thị Thu,0986100001,1996,Nữ,Có
                """, StandardCharsets.UTF_8);

        browser.get(site.resolve("training/class.xhtml?id=" + id).toString());
        new LoginPage(browser, site).logInAndReturn("organizer", "hocso-demo");
        ClassPage page = new ClassPage(browser, site);
        String preview = page.previewRoster(roster);
        String duplicate = page.previewLine(3);
        String imported = page.commitRoster();
        String onRoster = page.roster();
        AttendanceSheetPage sheet = page.takeAttendance(1);
        sheet.mark("0986100001", "PRESENT").mark("0986100002", "LATE");
        sheet.waitUntilAllSaved(SAVED);

        assertThat(preview).contains("2 dòng sẽ được nhập", "1 dòng bị từ chối");
        assertThat(duplicate).contains("4", "Trùng với dòng 2");
        assertThat(imported).startsWith("Đã nhập 2 người");
        assertThat(onRoster).contains("Phạm Văn Bình", "Lê Thị Thu");
        assertThat(sheet.pressedStatus("0986100002")).isEqualTo("Đi muộn");
        assertThat(sheet.scrollWidth()).as("nothing wider than the phone").isLessThanOrEqualTo(360);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                organizer.download("api/classes/" + id + "/attendance.xlsx")))) {
            Sheet marks = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            Row first = marks.getRow(1);
            Row second = marks.getRow(2);
            assertThat(cells.formatCellValue(first.getCell(1))).as("Bình before Thu").isEqualTo("Phạm Văn Bình");
            assertThat(cells.formatCellValue(first.getCell(5))).isEqualTo("Đi muộn");
            assertThat(cells.formatCellValue(second.getCell(1))).isEqualTo("Lê Thị Thu");
            assertThat(cells.formatCellValue(second.getCell(5))).isEqualTo("Có mặt");
        }
    }
}
