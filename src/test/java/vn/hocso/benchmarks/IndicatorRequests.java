package vn.hocso.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The requests the indicator benchmark times, each paired with its hand-written reference.
 *
 * <p>The application keeps the dashboard's counts for a few minutes (refreshed in the
 * background once older), and the report files read them too. So the dashboard and the
 * indicator files are timed twice: for the year as asked, served from kept counts after the
 * warm-up, and for periods nobody asked before (a year's window ending one more day earlier
 * each turn), which the application counts there and then, as at a first view, reusing the
 * months the year's counts keep; and the page for earlier years, kept ahead by the
 * application (as every year with records is, from start-up on), and, from an application
 * told to keep fewer years, years nobody counted before, as at the very first view of a year
 * not kept. The kept ones
 * are timed first, within a few minutes of their warm-up, so that no background refresh
 * runs while the others are timed.
 */
final class IndicatorRequests {

    static final String API = "GET /api/indicators";
    static final String PAGE = "GET /organizer/indicators.xhtml";
    static final String WORKBOOK = "GET /api/reports/indicators.xlsx";
    static final String PDF = "GET /api/reports/indicators.pdf";
    static final String ATTENDANCE_WORKBOOK = "GET /api/reports/attendance.xlsx";
    static final String ATTENDANCE_CSV = "GET /api/reports/attendance.csv";
    static final String KEPT = ", counts kept";
    static final String AFRESH = ", counted afresh";
    static final String EARLIER = ", an earlier year kept ahead";
    static final String COLD = ", a year beyond years-kept";
    /** The years of the dataset before the one asked, all kept ahead by default: 2024 the warm-up, then 2023 to 2021. */
    private static final int EARLIER_TURNS = 3;
    /** Years of the dataset beyond the years an application told to keep fewer keeps: two. */
    private static final int COLD_TURNS = 2;
    /** A year before the dataset, to warm up the cold pages without using up a year of it. */
    static final int EMPTY_YEAR = 2019;
    /** The order of the report: each request's kept and fresh timings together. */
    static final List<String> SHOWN = List.of(API + KEPT, API + AFRESH, PAGE + KEPT, PAGE + AFRESH, PAGE + EARLIER, PAGE + COLD,
            WORKBOOK + KEPT,
            WORKBOOK + AFRESH, PDF + KEPT, PDF + AFRESH, ATTENDANCE_WORKBOOK, ATTENDANCE_CSV);

    /** Answers of the reference for one period. */
    private interface ReferenceFor {
        Map<String, List<Object[]>> answers(ReferenceSql period) throws SQLException;
    }

    private final OrganizerBrowser organizer;
    private final Connection sql;
    private final String unit;
    private final LocalDate first;
    private final LocalDate last;
    private final Instant now;
    private final int runs;

    IndicatorRequests(OrganizerBrowser organizer, Connection sql, String unit, int year, Instant now, int runs) {
        this.organizer = organizer;
        this.sql = sql;
        this.unit = unit;
        this.first = LocalDate.of(year, 1, 1);
        this.last = LocalDate.of(year, 12, 31);
        this.now = now;
        this.runs = runs;
    }

    /** Every request timed, by name. */
    Map<String, Paired> measure() throws Exception {
        Map<String, Paired> timed = new LinkedHashMap<>();
        ReferenceFor dashboard = period -> new IndicatorReference(period).dashboard(sql);
        ReferenceFor workbook = period -> new IndicatorReference(period).workbook(sql);
        kept(timed, API, "api/indicators", dashboard);
        kept(timed, PAGE, "organizer/indicators.xhtml", dashboard);
        kept(timed, WORKBOOK, "api/reports/indicators.xlsx", workbook);
        kept(timed, PDF, "api/reports/indicators.pdf", dashboard);
        timed.put(PAGE + EARLIER, earlier(organizer, PAGE + EARLIER, EARLIER_TURNS, turn -> last.getYear() - 1 - turn));
        afresh(timed, API, "api/indicators", 1, dashboard);
        afresh(timed, PAGE, "organizer/indicators.xhtml", 21, dashboard);
        afresh(timed, WORKBOOK, "api/reports/indicators.xlsx", 41, workbook);
        afresh(timed, PDF, "api/reports/indicators.pdf", 61, dashboard);
        ReferenceSql year = period(0);
        timed.put(ATTENDANCE_WORKBOOK, Paired.measure(ATTENDANCE_WORKBOOK, runs,
                turn -> organizer.get("api/reports/attendance.xlsx" + yearQuery()),
                turn -> new AttendanceReference(year).workbook(sql)));
        timed.put(ATTENDANCE_CSV, Paired.measure(ATTENDANCE_CSV, runs,
                turn -> organizer.get("api/reports/attendance.csv" + yearQuery()),
                turn -> new AttendanceReference(year).csv(sql)));
        return timed;
    }

    /** The year as asked ({@code ?unit=…&year=…}): after the warm-up, from kept counts. */
    private void kept(Map<String, Paired> timed, String name, String path, ReferenceFor reference) throws Exception {
        ReferenceSql year = period(0);
        timed.put(name + KEPT, Paired.measure(name + KEPT, runs,
                turn -> organizer.get(path + yearQuery()), turn -> reference.answers(year)));
    }

    /** Each turn a year's window ending {@code firstShift + turn} days before the year's end: counted there and then. */
    private void afresh(Map<String, Paired> timed, String name, String path, int firstShift, ReferenceFor reference)
            throws Exception {
        timed.put(name + AFRESH, Paired.measure(name + AFRESH, runs, turn -> organizer.get(path + query(firstShift + turn)),
                turn -> reference.answers(period(firstShift + turn))));
    }

    /**
     * The dashboard page of years the application ({@code capped}, told to keep only
     * {@code yearsKept} years before the one asked) does not keep ahead, none asked before:
     * counted at their first view. An empty year before the dataset is the warm-up.
     */
    Paired beyondYearsKept(OrganizerBrowser capped, int yearsKept) throws Exception {
        return earlier(capped, PAGE + COLD, COLD_TURNS, turn -> turn == 0 ? EMPTY_YEAR : last.getYear() - yearsKept - turn);
    }

    /** The dashboard page of the year {@code yearOf(turn)}. */
    private Paired earlier(OrganizerBrowser browser, String name, int turns, IntUnaryOperator yearOf) throws Exception {
        return Paired.measure(name, turns,
                turn -> browser.get("organizer/indicators.xhtml?unit=" + unit + "&year=" + yearOf.applyAsInt(turn)),
                turn -> new IndicatorReference(new ReferenceSql(unit, LocalDate.of(yearOf.applyAsInt(turn), 1, 1),
                        LocalDate.of(yearOf.applyAsInt(turn), 12, 31), now)).dashboard(sql));
    }

    private String yearQuery() {
        return "?unit=" + unit + "&year=" + last.getYear();
    }

    private String query(int daysEarlier) {
        return "?unit=" + unit + "&from=" + first.minusDays(daysEarlier) + "&to=" + last.minusDays(daysEarlier);
    }

    private ReferenceSql period(int daysEarlier) {
        return new ReferenceSql(unit, first.minusDays(daysEarlier), last.minusDays(daysEarlier), now);
    }
}
