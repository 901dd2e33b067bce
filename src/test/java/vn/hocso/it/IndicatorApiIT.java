package vn.hocso.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;

/**
 * The demo district's indicators over HTTP: the API, the dashboard page and every export
 * give the same numbers; reported values and the catalogue change what they show.
 */
class IndicatorApiIT {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    /**
     * Last year's demo activity up to November, as dates: months nobody else asks for (the
     * warmer keeps this year's and the report periods' from 15 December) and nobody writes to,
     * so the counts kept for the dashboard and those the exports make afresh see the same rows.
     */
    private static final String QUERY = "?unit=HD-NP&from=" + (YEAR - 1) + "-01-01&to=" + (YEAR - 1) + "-11-30";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Http site = Http.to(RunningBundle.onPostgres().baseUri());
    private final Http organizer = site.withBasicAuth("organizer", "hocso-demo");

    private Map<String, JsonObject> indicators() {
        return indicators(QUERY);
    }

    private Map<String, JsonObject> indicators(String query) {
        Http.Response answer = organizer.get("api/indicators" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(i -> i.getString("id"), i -> i));
    }

    private static BigDecimal value(JsonObject indicator) {
        return indicator.isNull("value") ? null : indicator.getJsonNumber("value").bigDecimalValue();
    }

    @Test
    void theApiTheDashboardAndEveryExportAgree() throws IOException {
        Map<String, JsonObject> api = indicators();
        BigDecimal reached = value(api.get("S1"));
        assertThat(reached).isPositive();
        assertThat(api.get("S1").getString("status")).isIn("MET", "ON_TRACK", "BEHIND");
        assertThat(api.get("T2").getJsonNumber("target").intValue()).isEqualTo(2);
        assertThat(organizer.get("api/indicators?unit=HD-NP&year=" + YEAR).json().asJsonArray()).hasSameSizeAs(api.values());

        String page = organizer.get("organizer/indicators.xhtml" + QUERY).body();
        for (String id : List.of("S1", "T2", "T2b", "E2", "S5b", "A1", "A2", "A3", "A7")) {
            assertThat(shownValue(page, id)).as(id).startsWith(vietnamese(value(api.get(id))));
        }

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(organizer.download("api/reports/indicators.xlsx" + QUERY)))) {
            Sheet plan = book.getSheet("Chỉ tiêu Kế hoạch 273");
            assertThat(plan.getRow(1).getCell(1).getStringCellValue()).isEqualTo("S1");
            assertThat(plan.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(reached.doubleValue());
            Sheet byUnit = book.getSheet("Theo đơn vị");
            Row total = byUnit.getRow(byUnit.getLastRowNum());
            assertThat(total.getCell(1).getCellFormula()).startsWith("SUM(B2:B");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(reached.doubleValue());
            double parts = 0;
            for (int r = 1; r < byUnit.getLastRowNum(); r++) {
                parts += byUnit.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(parts).isEqualTo(reached.doubleValue());
        }

        try (PDDocument pdf = Loader.loadPDF(organizer.download("api/reports/indicators.pdf" + QUERY))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("ĐOÀN TNCS HỒ CHÍ MINH", "HUYỆN ĐOÀN NINH PHƯỚC", vietnamese(reached));
        }

        JsonObject gender = organizer.get("api/indicators/S1/breakdown" + QUERY + "&by=gender").json().asJsonObject();
        BigDecimal byGender = gender.getJsonArray("rows").stream()
                .map(row -> row.asJsonObject().getJsonNumber("value").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(byGender).isEqualByComparingTo(reached);
    }

    @Test
    void attendanceStatisticsAsCsvAndWorkbookHaveTheSameTotalsAsTheAttendanceRate() throws IOException {
        String csv = new String(organizer.download("api/reports/attendance.csv" + QUERY), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> sessions = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(sessions).isNotEmpty();
        long present = sessions.stream().mapToLong(r -> Long.parseLong(r.get("Có mặt"))).sum();
        long late = sessions.stream().mapToLong(r -> Long.parseLong(r.get("Đi muộn"))).sum();
        long marks = sessions.stream().mapToLong(r -> Long.parseLong(r.get("Có mặt")) + Long.parseLong(r.get("Đi muộn"))
                + Long.parseLong(r.get("Vắng có phép")) + Long.parseLong(r.get("Vắng"))).sum();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(organizer.download("api/reports/attendance.xlsx" + QUERY)))) {
            Sheet bySession = book.getSheet("Theo buổi học");
            assertThat(bySession.getLastRowNum()).isEqualTo(sessions.size() + 1);
            Row total = bySession.getRow(bySession.getLastRowNum());
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(present);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(late);
            Sheet byUnit = book.getSheet("Theo đơn vị");
            assertThat(byUnit.getRow(byUnit.getLastRowNum()).getCell(2).getNumericCellValue()).isEqualTo(present);
        }
        BigDecimal rate = value(indicators().get("A7"));
        assertThat(rate).isEqualByComparingTo(BigDecimal.valueOf((present + late) * 100)
                .divide(BigDecimal.valueOf(marks), 1, RoundingMode.HALF_UP));
    }

    @Test
    void anOrganizerReportsAValueForACommuneAndTheDistrictAddsItUp() {
        Http commune = site.withBasicAuth("organizer-phuochau", "hocso-demo");
        Http.Response entered = commune.postJson("api/indicators/S6/reported", """
                {"unit":"X-PH","year":%d,"value":3,"note":"Mô hình chợ 4.0","evidenceUrl":"https://doan.example.vn/cho-40"}
                """.formatted(YEAR));
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        assertThat(value(indicators("?unit=HD-NP&year=" + YEAR).get("S6"))).isEqualByComparingTo("3");
        JsonObject entry = commune.get("api/indicators/S6/reported?unit=X-PH&year=" + YEAR).json().asJsonArray().getJsonObject(0);
        assertThat(entry.getString("enteredBy")).isEqualTo("organizer-phuochau");

        assertThat(commune.postJson("api/indicators/S6/reported", "{\"unit\":\"HD-NP\",\"year\":%d,\"value\":1}".formatted(YEAR))
                .status()).isEqualTo(403);
        Http.Response wrong = commune.postJson("api/indicators/G1/reported", "{\"unit\":\"X-PH\",\"year\":%d,\"value\":140}".formatted(YEAR));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("Tỷ lệ phải từ 0 đến 100");
        assertThat(site.withBasicAuth("learner", "hocso-demo").get("api/indicators" + QUERY).status()).isEqualTo(403);
        assertThat(commune.get("api/indicators" + QUERY).status()).isEqualTo(403);
    }

    @Test
    void anAdministratorAddsAnIndicatorToTheCatalogueWithoutAChangeOfCode() {
        Http admin = site.withBasicAuth("admin", "hocso-demo");
        String shipped = admin.get("api/indicators/catalogue").body();
        assertThat(shipped).contains("id: S1");

        Http.Response broken = admin.send("PUT", "api/indicators/catalogue", shipped + "\n  - id: X9\n    kind: computed\n    measure: nonsense\n",
                "text/plain");
        assertThat(broken.status()).isEqualTo(422);
        JsonObject error = broken.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getInt("line")).isGreaterThan(shipped.split("\n").length);
        assertThat(indicators()).doesNotContainKey("X9");

        String added = shipped + """

                  - id: A8
                    section: activity
                    kind: computed
                    measure: completions
                    categories: [cyber-safety]
                    title: {vi: Lượt hoàn thành khóa an toàn mạng, en: Cyber-safety course completions}
                    unit: {vi: lượt, en: completions}
                    targets: {2026: 50}
                """;
        assertThat(admin.send("PUT", "api/indicators/catalogue", added, "text/plain").status()).isEqualTo(200);
        try {
            JsonObject a8 = indicators().get("A8");
            assertThat(a8.getJsonNumber("target").intValue()).isEqualTo(50);
            assertThat(a8.getString("title")).isEqualTo("Lượt hoàn thành khóa an toàn mạng");
        } finally {
            assertThat(admin.send("PUT", "api/indicators/catalogue", shipped, "text/plain").status()).isEqualTo(200);
        }
        assertThat(organizer.send("PUT", "api/indicators/catalogue", shipped, "text/plain").status()).isEqualTo(403);
    }

    /** The text of the dashboard's value cell for an indicator, e.g. "717 lượt người". */
    private static String shownValue(String page, String id) {
        Matcher row = Pattern.compile("<tr id=\"indicator-" + id + "\">.*?<td class=\"number value\"[^>]*>([^<]*)</td>",
                Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("row of " + id).isTrue();
        return row.group(1).strip();
    }

    private static String vietnamese(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
