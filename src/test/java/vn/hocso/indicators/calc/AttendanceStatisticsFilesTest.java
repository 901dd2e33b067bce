package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AttendanceStatisticsFilesTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** A class whose title an attacker chose, with two sessions: one of 12 women and 2 men, one of 6 women. */
    private final AttendanceStatistics statistics = new AttendanceStatistics("Huyện Đoàn Ninh Phước",
            new Period(PeriodKind.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), List.of(
            session("=HYPERLINK(\"http://evil.example\",\"Bấm\")", new AttendanceStatistics.Marks(12, 2, 1, 0),
                    Map.of("FEMALE|FROM_16_TO_30|NNNNN", 12L, "MALE|OVER_30|YNNNN", 2L)),
            session("@SUM(1+1)", new AttendanceStatistics.Marks(6, 0, 0, 3), Map.of("FEMALE|FROM_16_TO_30|NNNNN", 6L))));

    private static AttendanceStatistics.SessionRow session(String title, AttendanceStatistics.Marks marks,
                                                           Map<String, Long> attendees) {
        return new AttendanceStatistics.SessionRow(Instant.parse("2026-03-14T01:00:00Z"), title.length(), title,
                "Đoàn xã Phước Hậu", "Đoàn xã Phước Hậu", "cyber-safety", marks, attendees);
    }

    private List<CSVRecord> csv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AttendanceStatisticsFiles.csv(statistics, 5, VIETNAMESE, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void noCsvCellStartsAFormula() throws IOException {
        List<CSVRecord> rows = csv();

        assertThat(rows.get(0).get("Lớp")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Bấm\")");
        assertThat(rows.get(1).get("Lớp")).isEqualTo("'@SUM(1+1)");
        assertThat(rows.get(0).get("Buổi học")).isEqualTo("14/03/2026 08:00");
    }

    @Test
    void aSmallGroupIsHiddenWithTheNextSmallestSoTheTotalCannotGiveItBack() throws IOException {
        CSVRecord first = csv().get(0);

        assertThat(first.get("Giới tính: Nam")).isEqualTo(SmallCells.HIDDEN);
        assertThat(first.get("Giới tính: Nữ")).isEqualTo(SmallCells.HIDDEN);
        assertThat(first.get("Có mặt")).as("marks are not about a person's profile").isEqualTo("12");
        assertThat(first.get("Tỷ lệ chuyên cần (%)")).isEqualTo("93.3");
    }

    @Test
    void theWorkbookKeepsTextAsTextAndTotalsAsFormulasOverTheCsvRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AttendanceStatisticsFiles.xlsx(statistics, 5, VIETNAMESE, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sessions = book.getSheet("Theo buổi học");
            assertThat(sessions.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sessions.getRow(3).getCell(5).getCellFormula()).isEqualTo("SUM(F2:F3)");
            assertThat(sessions.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(18);
            assertThat(book.getSheet("Theo lĩnh vực").getRow(1).getCell(0).getStringCellValue()).isEqualTo("An toàn, an ninh mạng");
        }
    }
}
