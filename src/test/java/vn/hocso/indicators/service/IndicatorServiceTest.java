package vn.hocso.indicators.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.accounts.service.ServiceFixture;
import vn.hocso.indicators.calc.AttendanceStatistics;
import vn.hocso.indicators.calc.AttendanceStatisticsFiles;
import vn.hocso.indicators.calc.Breakdown;
import vn.hocso.indicators.calc.Dashboard;
import vn.hocso.indicators.calc.Dimension;
import vn.hocso.indicators.calc.IndicatorWorkbook;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.PeriodKind;
import vn.hocso.indicators.calc.ReportCalendar;
import vn.hocso.indicators.calc.Status;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;

/**
 * The plan's indicators over a hand-built 2025 of the fixture's district, on PostgreSQL:
 * <pre>
 * HD-NP ─ X-PH ─ CD-HS
 *       └ X-PD ─ CD-KP1      X-PD merges into X-PH on 01/07/2025
 * </pre>
 * Learners: Lan (CD-HS, woman, 2000, OCOP, consents), Minh (CD-KP1, man, 1990, digital team,
 * consents), Hoa (X-PD, girl born 2012, OCOP, withdrew her consent), Tuấn (X-PH, man, 1999,
 * digital team, never consented).
 */
class IndicatorServiceTest {

    private static final Period YEAR_2025 = ReportCalendar.PLAN_273.period(PeriodKind.YEAR, 2025);

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final IndicatorQueries queries = new IndicatorQueries(f.entityManager(), f.clock);
    private final CatalogueStore catalogues = new CatalogueStore(f.entityManager(), f.clock, f.audit());
    private final ReportedValues reported = new ReportedValues(f.entityManager(), f.clock, f.units, catalogues, f.audit());
    private final AssignedTargets targets = new AssignedTargets(f.entityManager(), f.clock, f.units, catalogues, f.audit());
    private final IndicatorService indicators = new IndicatorService(f.units, queries, catalogues, reported, targets,
            new TallyCache(f.clock, Duration.ZERO, Runnable::run), f.clock,
            "--12-15", "--06-14");
    private final AttendanceQueries attendance = new AttendanceQueries(f.entityManager(), f.clock, indicators, queries);
    private final Province p = new Province(f);
    private Actor district;

    @BeforeEach
    void aYearOfTrainingInTheDistrict() {
        district = f.organizer("0905000111", "HD-NP");
        p.courses();
        long lan = p.learner("lan", "CD-HS", "FEMALE", 2000, "ocop");
        long minh = p.learner("minh", "CD-KP1", "MALE", 1990, "team");
        long hoa = p.learner("hoa", "X-PD", "FEMALE", 2012, "ocop");
        long tuan = p.learner("tuan", "X-PH", "MALE", 1999, "team");
        p.statisticsConsent(lan, null);
        p.statisticsConsent(minh, null);
        p.statisticsConsent(hoa, "2026-02-01 09:00");

        p.enrolment(lan, Province.ECOMMERCE, "2025-02-10 09:00", "2025-03-05 10:00");
        p.enrolment(minh, Province.CYBER, "2025-04-01 09:00", "2025-08-20 10:00");
        p.enrolment(hoa, Province.ECOMMERCE, "2025-05-01 09:00", "2025-05-20 10:00");
        p.enrolment(tuan, Province.CYBER, "2024-12-20 09:00", "2025-01-10 10:00");
        p.enrolment(lan, Province.CYBER, "2025-06-01 09:00", null);

        long cyber = p.trainingClass("X-PH", Province.CYBER, "TRAINING", "2025-09-06");
        long first = p.session(cyber, "2025-09-06 08:00");
        long second = p.session(cyber, "2025-09-13 08:00");
        p.mark(first, lan, "PRESENT");
        p.mark(first, tuan, "LATE");
        p.mark(first, minh, "ABSENT");
        p.mark(second, lan, "PRESENT");
        p.mark(second, tuan, "EXCUSED");
        long trade = p.trainingClass("HD-NP", Province.ECOMMERCE, "TRAINING", "2025-10-04");
        long tradeSession = p.session(trade, "2025-10-04 08:00");
        p.mark(tradeSession, hoa, "PRESENT");
        p.mark(tradeSession, lan, "PRESENT");
        long empty = p.trainingClass("X-PD", Province.CYBER, "TRAINING", "2025-03-01");
        p.mark(p.session(empty, "2025-03-01 08:00"), hoa, "ABSENT");
        long outreach = p.trainingClass("X-PD", Province.CYBER, "OUTREACH", "2025-05-10");
        p.headCount(outreach, "MALE", "FROM_16_TO_30", 30);
        p.headCount(outreach, "FEMALE", "OVER_30", 12);

        f.tx(() -> f.units.merge(ServiceFixture.ADMIN, "X-PD", "X-PH", LocalDate.of(2025, 7, 1)));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aWindowOfDatesServedFromMonthsKeptForTheYearHasTheNumbersCountedDirectly() {
        IndicatorService keeping = new IndicatorService(f.units, queries, catalogues, reported, targets,
                new TallyCache(f.clock, Duration.ofMinutes(5), Runnable::run), f.clock, "--12-15", "--06-14");
        Period window = new Period(PeriodKind.CUSTOM, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 9, 6));
        long an = p.learner("an", "CD-HS", "MALE", 2001, "");
        p.enrolment(an, Province.CYBER, "2025-03-20 09:00", null);
        p.enrolment(an, Province.ECOMMERCE, "2025-07-02 09:00", null);
        long erased = p.learner("erased", "CD-HS", "FEMALE", 1995, "");
        p.enrolment(erased, Province.CYBER, "2025-04-02 09:00", null);
        p.erase(erased);
        f.tx(() -> keeping.dashboard(district, "HD-NP", YEAR_2025));

        Dashboard fromMonths = f.tx(() -> keeping.dashboard(district, "HD-NP", window));
        Dashboard direct = dashboard("HD-NP", window);

        assertThat(fromMonths.lines()).extracting(line -> line.figure().value())
                .containsExactlyElementsOf(direct.lines().stream().map(line -> line.figure().value()).toList());
        assertThat(value(direct, "A3")).as("completions 05/03 (Lan) and 20/05 (Hoa); 20/08 (Minh)").isEqualByComparingTo("3");
        assertThat(value(direct, "A6")).as("the first cyber session, on the window's last day").isEqualByComparingTo("1");
        assertThat(fromMonths.lines()).extracting(Dashboard.Line::trend)
                .containsExactlyElementsOf(direct.lines().stream().map(Dashboard.Line::trend).toList());
        assertThat(value(fromMonths, "A1")).as("learners from the months' rosters, as SQL counts them distinct; An once")
                .isEqualByComparingTo(bySql("A1", window)).isEqualByComparingTo("4");
        assertThat(value(fromMonths, "A2")).as("enrolments from the same rosters, as SQL counts them; An's two")
                .isEqualByComparingTo(bySql("A2", window)).isEqualByComparingTo("5");
    }

    @Test
    void theFirstRecordIsTheEarliestEnrolmentOrClass() {
        assertThat(f.tx(queries::firstRecordDay)).as("Tuấn's enrolment of 20/12/2024").contains(LocalDate.of(2024, 12, 20));
        p.trainingClass("X-PH", Province.CYBER, "TRAINING", "2023-05-02");

        assertThat(f.tx(queries::firstRecordDay)).contains(LocalDate.of(2023, 5, 2));
    }

    /** The indicator's value as SQL counts it for a breakdown by gender, its rows added up. */
    private BigDecimal bySql(String indicator, Period period) {
        return f.tx(() -> indicators.breakdown(district, "HD-NP", period, indicator, Dimension.GENDER)).rows().stream()
                .map(Breakdown.Row::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Dashboard dashboard(String unit, Period period) {
        return f.tx(() -> indicators.dashboard(district, unit, period));
    }

    private static BigDecimal value(Dashboard dashboard, String id) {
        return dashboard.line(id).orElseThrow().figure().value();
    }

    @Test
    void peopleReachedAddsCompletionsAttendancesAndOutreachHeadCounts() {
        Dashboard year = dashboard("HD-NP", YEAR_2025);

        assertThat(value(year, "S1")).isEqualByComparingTo("51");
        assertThat(year.line("S1").orElseThrow().figure().status()).isEqualTo(Status.BEHIND);
        assertThat(value(year, "A3")).isEqualByComparingTo("4");
        assertThat(value(year, "A2")).isEqualByComparingTo("4");
        assertThat(value(year, "A1")).isEqualByComparingTo("3");
    }

    @Test
    void onlyClassesSomebodyAttendedCountAsHeldPerCategory() {
        Dashboard year = dashboard("HD-NP", YEAR_2025);

        assertThat(value(year, "T2")).isEqualByComparingTo("1");
        assertThat(year.line("T2").orElseThrow().figure().status()).isEqualTo(Status.BEHIND);
        assertThat(value(year, "T2b")).isEqualByComparingTo("1");
        assertThat(year.line("T2b").orElseThrow().figure().status()).isEqualTo(Status.MET);
        assertThat(value(year, "A5")).isEqualByComparingTo("2");
        assertThat(value(year, "A6")).isEqualByComparingTo("4");
        assertThat(value(year, "A7")).isEqualByComparingTo("62.5");
    }

    @Test
    void sharesOfFlaggedLearnersCountThoseWhoCompletedTheRightCourses() {
        Dashboard year = dashboard("HD-NP", YEAR_2025);

        assertThat(value(year, "E2")).isEqualByComparingTo("100.0");
        assertThat(value(year, "S5b")).isEqualByComparingTo("100.0");
        Dashboard before = dashboard("HD-NP", ReportCalendar.PLAN_273.period(PeriodKind.JUNE_REPORT, 2025));
        assertThat(value(before, "S5b")).as("Minh completed in August, after 14/06").isEqualByComparingTo("50.0");
        assertThat(before.line("E2").orElseThrow().trend()).last()
                .satisfies(point -> assertThat(point.value()).isEqualByComparingTo("100.0"));
    }

    @Test
    void aCommuneMergedMidYearCountsUnderItsSuccessorAndOnItsOwnUntilItsLastDay() {
        Dashboard year = dashboard("HD-NP", YEAR_2025);
        Map<String, BigDecimal> parts = year.line("S1").orElseThrow().parts().stream()
                .collect(Collectors.toMap(part -> part.unit().code(), part -> part.figure().value()));
        assertThat(parts).containsOnlyKeys("HD-NP", "X-PH");
        assertThat(parts.get("HD-NP")).isEqualByComparingTo("2");
        assertThat(parts.get("X-PH")).isEqualByComparingTo("49");

        Dashboard merged = dashboard("X-PD", YEAR_2025);
        assertThat(merged.unit().code()).isEqualTo("X-PD");
        assertThat(value(merged, "S1")).as("Minh's and Hoa's completions and the outreach event").isEqualByComparingTo("44");

        Dashboard earlier = dashboard("HD-NP", ReportCalendar.PLAN_273.period(PeriodKind.YEAR, 2024));
        assertThat(earlier.line("A2").orElseThrow().parts()).extracting(part -> part.unit().code())
                .containsExactly("HD-NP", "X-PD", "X-PH");
    }

    @Test
    void aPeriodWithinOneMonthHasThatMonthAlone() {
        Dashboard september = dashboard("HD-NP", ReportCalendar.custom(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)));

        assertThat(value(september, "S1")).as("the cyber-safety class's three attended marks").isEqualByComparingTo("3");
        assertThat(september.line("S1").orElseThrow().trend()).hasSize(1);
    }

    @Test
    void theTrendByMonthAddsUpToTheYear() {
        List<Dashboard.Point> trend = dashboard("HD-NP", YEAR_2025).line("S1").orElseThrow().trend();

        assertThat(trend).hasSize(12);
        assertThat(trend.stream().map(Dashboard.Point::value).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("51");
        assertThat(trend.get(4).value()).as("May: Hoa's completion and 42 people at the outreach event").isEqualByComparingTo("43");
    }

    @Test
    void breakdownsByPeopleUseOnlyThoseWhoConsentedAndAddUpToTheTotal() {
        Breakdown gender = f.tx(() -> indicators.breakdown(district, "HD-NP", YEAR_2025, "S1", Dimension.GENDER));
        Map<String, BigDecimal> byGender = gender.rows().stream()
                .collect(Collectors.toMap(Breakdown.Row::key, Breakdown.Row::value));

        assertThat(byGender.get("FEMALE")).isEqualByComparingTo("16");
        assertThat(byGender.get("MALE")).isEqualByComparingTo("31");
        assertThat(byGender.get(Dimension.UNDISCLOSED)).as("Hoa withdrew, Tuấn never consented").isEqualByComparingTo("4");
        assertThat(byGender.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("51");
        Breakdown age = f.tx(() -> indicators.breakdown(district, "HD-NP", YEAR_2025, "S1", Dimension.AGE_GROUP));
        assertThat(age.rows()).extracting(Breakdown.Row::key)
                .containsExactly("UNDER_16", "FROM_16_TO_30", "OVER_30", Dimension.UNKNOWN, Dimension.UNDISCLOSED);
        assertThat(age.rows().get(0).value()).as("Hoa is under 16 but did not consent").isEqualByComparingTo("0");
        assertThat(age.rows().get(1).value()).isEqualByComparingTo("34");
        Breakdown ocop = f.tx(() -> indicators.breakdown(district, "HD-NP", YEAR_2025, "E2", Dimension.OCOP_PRODUCER));
        assertThat(ocop.rows().get(0).value()).as("Lan: the only consenting OCOP producer").isEqualByComparingTo("100.0");
    }

    @Test
    void classCountsDoNotSplitByPeopleAndOrganizersSeeOnlyTheirSubtree() {
        assertThatThrownBy(() -> f.tx(() -> indicators.breakdown(district, "HD-NP", YEAR_2025, "T2", Dimension.GENDER)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.failure()).isEqualTo(Failure.INVALID));
        Actor commune = f.organizer("0905000222", "X-PH");
        assertThatThrownBy(() -> f.tx(() -> indicators.dashboard(commune, "HD-NP", YEAR_2025)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.failure()).isEqualTo(Failure.FORBIDDEN));
        assertThat(value(f.tx(() -> indicators.dashboard(commune, "X-PH", YEAR_2025)), "S1")).isEqualByComparingTo("49");
        Actor learner = Accounts.toActor(f.learner("0905000333", "Trần Thị Mai", "CD-HS"));
        assertThatThrownBy(() -> f.tx(() -> indicators.dashboard(learner, "CD-HS", YEAR_2025)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.failure()).isEqualTo(Failure.FORBIDDEN));
    }

    @Test
    void reportedValuesRollUpTheTreeAndKeepWhoEnteredWhat() {
        Actor commune = f.organizer("0905000222", "X-PH");
        f.tx(() -> reported.enter(commune, new ReportedValues.Entry("S6", "X-PH", YEAR_2025, new BigDecimal("2"), "Hai mô hình",
                "https://example.vn/minh-chung")));
        f.tx(() -> reported.enter(district, new ReportedValues.Entry("S6", "HD-NP", YEAR_2025, BigDecimal.ONE, null, null)));
        f.tx(() -> reported.enter(commune, new ReportedValues.Entry("S6", "X-PH", YEAR_2025, new BigDecimal("3"), "Thêm một",
                null)));
        f.tx(() -> reported.enter(commune, new ReportedValues.Entry("G1", "X-PH", YEAR_2025, new BigDecimal("80"), null, null)));

        Dashboard year = dashboard("HD-NP", YEAR_2025);
        assertThat(value(year, "S6")).isEqualByComparingTo("4");
        assertThat(year.line("S6").orElseThrow().figure().status()).isEqualTo(Status.MET);
        assertThat(value(year, "G1")).isEqualByComparingTo("80");
        assertThat(value(year, "S2a")).isNull();
        assertThat(year.line("S2a").orElseThrow().figure().status()).isEqualTo(Status.NO_DATA);
        assertThat(f.tx(() -> reported.history(district, "S6", "X-PH", YEAR_2025)))
                .extracting(v -> v.getAmount().intValue(), v -> v.isCurrent(), v -> v.getEnteredBy())
                .containsExactly(tuple(3, true, "0905000222"), tuple(2, false, "0905000222"));
        assertThatThrownBy(() -> f.tx(() -> reported.enter(commune, new ReportedValues.Entry("G1", "X-PH", YEAR_2025,
                new BigDecimal("120"), null, "javascript:alert(1)"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors()).extracting(err -> err.field())
                        .containsExactly("value", "evidenceUrl"));
        assertThatThrownBy(() -> f.tx(() -> reported.enter(commune, new ReportedValues.Entry("S1", "X-PH", YEAR_2025,
                BigDecimal.ONE, null, null)))).isInstanceOf(DomainException.class);
    }

    @Test
    void aDistrictSharesOutItsTargetSoTheDashboardTellsWhichCommuneIsBehind() {
        Period year = ReportCalendar.PLAN_273.period(PeriodKind.YEAR, 2025);
        f.tx(() -> targets.assign(district, "S1", "HD-NP", 2025, Map.of("X-PH", new BigDecimal("40"))));

        Dashboard.Part commune = dashboard("HD-NP", year).line("S1").orElseThrow().parts().stream()
                .filter(part -> part.unit().code().equals("X-PH")).findFirst().orElseThrow();
        assertThat(commune.figure().target()).isEqualByComparingTo("40");
        assertThat(commune.figure().status()).as("49 people reached against 40").isEqualTo(Status.MET);
        assertThat(dashboard("X-PH", year).line("S1").orElseThrow().figure().target()).isEqualByComparingTo("40");
        assertThat(f.tx(() -> targets.ofChildren(district, "S1", "HD-NP", 2025)).values()).containsExactly(new BigDecimal("40.00"));

        Actor commune2 = f.organizer("0905000444", "X-PH");
        assertThatThrownBy(() -> f.tx(() -> targets.assign(commune2, "S1", "HD-NP", 2025, Map.of("X-PH", BigDecimal.TEN))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.failure()).isEqualTo(Failure.FORBIDDEN));
        assertThatThrownBy(() -> f.tx(() -> targets.assign(district, "E2", "HD-NP", 2025, Map.of("CD-HS", BigDecimal.TEN,
                "X-PH", new BigDecimal("120"))))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errors()).extracting(err -> err.messageKey())
                        .containsExactlyInAnyOrder("targets.notBelow", "targets.percentRange"));
        f.tx(() -> targets.assign(district, "S1", "HD-NP", 2025, Collections.singletonMap("X-PH", null)));
        assertThat(dashboard("X-PH", year).line("S1").orElseThrow().figure().target()).as("back to none for a commune").isNull();
    }

    @Test
    void theWorkbookAndTheCsvGiveTheDashboardsTotals() throws Exception {
        Dashboard year = dashboard("HD-NP", YEAR_2025);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        IndicatorWorkbook.write(year, List.of(), List.of(), 5, Locale.forLanguageTag("vi"), xlsx);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet byUnit = book.getSheet("Theo đơn vị");
            int s1 = column(byUnit, "S1 (lượt người)");
            Row total = byUnit.getRow(byUnit.getLastRowNum());
            String letter = CellReference.convertNumToColString(s1);
            assertThat(total.getCell(s1).getCellFormula()).isEqualTo("SUM(" + letter + "2:" + letter + byUnit.getLastRowNum() + ")");
            assertThat(total.getCell(s1).getNumericCellValue()).isEqualTo(51);
            Sheet plan = book.getSheet("Chỉ tiêu Kế hoạch 273");
            assertThat(plan.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(51);
        }

        AttendanceStatistics statistics = f.tx(() -> attendance.statistics(district, "HD-NP", YEAR_2025));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        AttendanceStatisticsFiles.csv(statistics, 5, Locale.forLanguageTag("vi"), csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(4);
        long present = records.stream().mapToLong(r -> Long.parseLong(r.get("Có mặt"))).sum();
        ByteArrayOutputStream stats = new ByteArrayOutputStream();
        AttendanceStatisticsFiles.xlsx(statistics, 5, Locale.forLanguageTag("vi"), stats);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(stats.toByteArray()))) {
            Sheet sessions = book.getSheet("Theo buổi học");
            Row total = sessions.getRow(sessions.getLastRowNum());
            assertThat(total.getCell(column(sessions, "Có mặt")).getNumericCellValue()).isEqualTo(present).isEqualTo(4);
        }
    }

    private static int column(Sheet sheet, String header) {
        Row head = sheet.getRow(0);
        for (int c = 0; c < head.getLastCellNum(); c++) {
            if (header.equals(head.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("No column " + header);
    }
}
