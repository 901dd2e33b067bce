package vn.hocso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.service.DemoData;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;
import vn.hocso.testsupport.TestDatabase;

/**
 * Not a test but a benchmark (mvn verify -Pbenchmark -Dit.test=IndicatorBenchmark): the
 * indicator dashboard (API and page) and the four report files of a district with 60
 * communes, 200,000 learners, 1,000,000 enrolments and 5,000,000 attendance marks over five
 * years, for the year 2025, each against hand-written SQL that computes the same numbers
 * over plain JDBC in the same run. The dashboard keeps its counts for a few minutes and the
 * indicator files read them, so these are timed twice (see {@link IndicatorRequests}): from
 * kept counts, and for periods nobody asked before. Prints medians and ratios and whether
 * the targets are met (ratio at most 1.5, page under a second); it fails only on an error or
 * a wrong number.
 */
class IndicatorBenchmark {

    private static final int RUNS = Integer.getInteger("hocso.bench.runs", 5);
    private static final String UNIT = ProvinceDataset.DISTRICT;
    private static final int YEAR = 2025;
    private static final double RATIO_TARGET = 1.5;
    private static final double PAGE_TARGET_MS = 1000;
    /** Years before {@link #YEAR} that the application told to keep fewer years keeps; the years of the dataset before those it does not. */
    private static final int YEARS_KEPT_BEFORE = 2;

    @Test
    void indicatorRequestsOfAProvinceCostAtMostHalfAgainAsMuchAsTheSameNumbersInHandWrittenSql() throws Exception {
        RunningBundle loader = RunningBundle.onPostgres();
        DataSource database = new TestDatabase.Database(loader.setting("HOCSO_DB_URL"), loader.setting("HOCSO_DB_USER"),
                loader.setting("HOCSO_DB_PASSWORD")).dataSource();
        awaitCourses(database);
        ProvinceDataset.Loaded loaded = new ProvinceDataset(ProvinceDataset.Sizes.fromSystemProperties()).load(database);
        System.out.printf("Province dataset generated in %.0f s: %s%n", loaded.seconds(), loaded.rows());
        setUpAsInProduction(database);
        // started again as on the morning after: the counts it keeps ahead are made from the dataset
        RunningBundle app = loader.restartedWith(Map.of());
        String warmed = countedAhead(app);
        System.out.println(warmed);

        OrganizerBrowser organizer = OrganizerBrowser.logIn(app.baseUri(), "organizer", DemoData.PASSWORD);
        Map<String, Paired> timed;
        double basicCost;
        try (Connection c = database.getConnection()) {
            IndicatorRequests requests = new IndicatorRequests(organizer, c, UNIT, YEAR, Instant.now(), RUNS);
            timed = requests.measure();
            basicCost = basicAuthenticationCost(app, organizer);
            // and once more, told to keep fewer years than the dataset has
            int yearsKept = LocalDate.now().getYear() - YEAR + YEARS_KEPT_BEFORE;
            RunningBundle capped = app.restartedWith(Map.of("HOCSO_INDICATORS_YEARS_KEPT", String.valueOf(yearsKept)));
            countedAhead(capped);
            timed.put(IndicatorRequests.PAGE + IndicatorRequests.COLD, requests.beyondYearsKept(
                    OrganizerBrowser.logIn(capped.baseUri(), "organizer", DemoData.PASSWORD), YEARS_KEPT_BEFORE));
        }

        Paired kept = timed.get(IndicatorRequests.API + IndicatorRequests.KEPT);
        Paired afresh = timed.get(IndicatorRequests.API + IndicatorRequests.AFRESH);
        Paired csv = timed.get(IndicatorRequests.ATTENDANCE_CSV);
        List<Check> checks = List.of(
                new Check("A2 enrolments " + YEAR, apiValue(kept.page, "A2"), sum(kept.answer.get("enrolments"), 2)),
                new Check("A3 completions " + YEAR, apiValue(kept.page, "A3"), sum(kept.answer.get("completions"), 2)),
                new Check("A6 sessions " + YEAR, apiValue(kept.page, "A6"), sum(kept.answer.get("sessions"), 2)),
                new Check("A2 enrolments, last fresh window", apiValue(afresh.page, "A2"), sum(afresh.answer.get("enrolments"), 2)),
                new Check("attendance.csv session lines", csv.page.text().lines().count() - 1, csv.answer.get("sessions").size()));
        StringBuilder report = new StringBuilder(report(loaded, timed, basicCost))
                .append("counted ahead after start-up: ").append(warmed.substring(warmed.indexOf("Indicator counts")))
                .append("\nchecks (app = SQL):");
        checks.forEach(check -> report.append(" %s %,d = %,d;".formatted(check.what(), check.app(), check.sql())));
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("hocso.target", "target"), "indicator-benchmark.txt"), report + "\n");

        for (Paired result : timed.values()) {
            assertThat(result.failures).as(result.name + " answered other than 200: " + result.page.status()).isZero();
            if (!result.name.startsWith(IndicatorRequests.PAGE)) {
                assertThat(result.page.status()).as(result.name + ": " + result.page.text()).isEqualTo(200);
            }
            if (result.name.contains(".xlsx")) {
                assertThat(result.page.text()).as(result.name).startsWith("PK");
            }
            if (result.name.contains(".pdf")) {
                assertThat(result.page.text()).as(result.name).startsWith("%PDF");
            }
        }
        for (Check check : checks) {
            assertThat(check.app()).as(check.what()).isPositive().isEqualTo(check.sql());
        }
    }

    /** A number the application showed and the same number by hand-written SQL. */
    private record Check(String what, long app, long sql) {
    }

    private static String report(ProvinceDataset.Loaded loaded, Map<String, Paired> timed, double basicCost) {
        Map<String, Long> rows = loaded.rows();
        StringBuilder report = new StringBuilder("""
                === Indicator benchmark: %s, year %d, %d cores; median of %d runs after one warm-up ===
                dataset, generated with set-based SQL in %.0f s: %,d communes, %,d learners (%,d with a standing consent to \
                statistics), %,d enrolments (%,d completed), %,d certificates, %,d classes (%,d outreach events, %,d people \
                counted), %,d sessions, %,d attendance marks, 2021-2025
                reference: hand-written SQL for the same numbers (recursive CTE for the subtree, GROUP BY unit and month or \
                profile), plain JDBC on the same database, every row read
                counts kept: ?year=%d as asked, served from the dashboard's counts kept for 5 minutes (the indicator \
                workbook still counts its groups of learners); counted afresh: a period nobody asked before (?from=&to=, a \
                year's window one day earlier each run), as at a first view: its whole months were kept when the year was \
                asked, so it counts its part months at either end and its distinct people; an earlier year kept ahead: \
                ?year=%d, %d and %d (%d the warm-up), which the application counted after start-up, as it does every year \
                with records; a year beyond years-kept: the application restarted with HOCSO_INDICATORS_YEARS_KEPT set to \
                keep %d onwards only, then ?year=%d and %d (%d, empty, the warm-up), none of whose months was counted \
                before; SQL always counts
                %-47s %9s %9s %8s  %s
                """.formatted(UNIT, YEAR, Runtime.getRuntime().availableProcessors(), RUNS, loaded.seconds(),
                rows.get("communes"), rows.get("learners"), rows.get("consenting"), rows.get("enrolments"),
                rows.get("completed"), rows.get("certificates"), rows.get("classes"), rows.get("outreach events"),
                rows.get("outreach people"), rows.get("sessions"), rows.get("attendance marks"), YEAR,
                YEAR - 2, YEAR - 3, YEAR - 4, YEAR - 1, YEAR - YEARS_KEPT_BEFORE, YEAR - YEARS_KEPT_BEFORE - 1,
                YEAR - YEARS_KEPT_BEFORE - 2, IndicatorRequests.EMPTY_YEAR,
                "request", "app ms", "SQL ms", "app/SQL", "targets"));
        for (String name : IndicatorRequests.SHOWN) {
            Paired result = timed.get(name);
            if (!result.measured()) {
                report.append("%-47s not measured: answered %d (not there yet?)%n".formatted(result.name, result.page.status()));
                continue;
            }
            String targets = "ratio <= " + RATIO_TARGET + ": " + met(result.ratio() <= RATIO_TARGET);
            if (result.name.startsWith(IndicatorRequests.PAGE)) {
                targets += "; under 1 s: " + met(result.appMillis() < PAGE_TARGET_MS);
            }
            report.append("%-47s %9.0f %9.0f %8.2f  %s%n".formatted(result.name, result.appMillis(), result.referenceMillis(),
                    result.ratio(), targets));
        }
        report.append("HTTP Basic instead of the session cookie adds %.0f ms to every API request (PBKDF2, 310,000 iterations)%n"
                .formatted(basicCost));
        return report.toString();
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }

    /** The median extra time of GET /api/me with Basic credentials over the same with the session cookie. */
    private static double basicAuthenticationCost(RunningBundle app, OrganizerBrowser organizer) {
        Http basic = Http.to(app.baseUri()).withBasicAuth("organizer", DemoData.PASSWORD);
        Latencies withBasic = new Latencies();
        Latencies withSession = new Latencies();
        basic.get("api/me");
        organizer.get("api/me");
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            basic.get("api/me");
            withBasic.record(start);
            start = System.nanoTime();
            organizer.get("api/me");
            withSession.record(start);
        }
        return withBasic.percentile(50) - withSession.percentile(50);
    }

    /** The warmer's log line once it has made the counts it keeps ahead, from the data there at start-up. */
    private static String countedAhead(RunningBundle app) throws InterruptedException {
        return app.awaitLogLine("made ahead", Duration.ofMinutes(10));
    }

    /**
     * The planner's cost of a random page read as docker/compose.yaml sets it for data on SSD:
     * with the default (4, for spinning disks) PostgreSQL reads all accounts to join a few
     * thousand enrolments instead of looking them up. Applies to the application's and the
     * reference's connections alike, all made after this.
     */
    private static void setUpAsInProduction(DataSource database) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database()); END $$");
        }
    }

    /** The courses are imported while the application starts; the dataset enrols learners in them. */
    private static void awaitCourses(DataSource database) throws SQLException, InterruptedException {
        for (int tries = 0; tries < 120; tries++) {
            try (Connection c = database.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM course")) {
                r.next();
                if (r.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("No course imported after a minute");
    }

    private static long apiValue(OrganizerBrowser.Page page, String indicator) {
        for (JsonValue line : Json.createReader(new StringReader(page.text())).readArray()) {
            JsonObject value = line.asJsonObject();
            if (value.getString("id").equals(indicator)) {
                return value.getJsonNumber("value").bigDecimalValue().longValueExact();
            }
        }
        throw new IllegalStateException("No indicator " + indicator + " in " + page.text());
    }

    private static long sum(List<Object[]> rows, int column) {
        return rows.stream().mapToLong(row -> ((Number) row[column]).longValue()).sum();
    }
}
