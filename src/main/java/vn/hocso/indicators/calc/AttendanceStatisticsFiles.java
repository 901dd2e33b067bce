package vn.hocso.indicators.calc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.hocso.platform.export.XlsxTables;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.i18n.Messages;

/**
 * Attendance statistics as organizers send them up: a workbook by session, class, unit,
 * course category and group of learners, or the sessions alone as CSV (UTF-8 with a byte
 * order mark, so Excel reads Vietnamese). Small groups of people are hidden; no text cell
 * can be read as a formula.
 */
public final class AttendanceStatisticsFiles {

    private static final List<Dimension> SPLIT = List.of(Dimension.GENDER, Dimension.AGE_GROUP);
    /** What spreadsheet programs take for the start of a formula when a CSV cell begins with it. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final AttendanceStatistics statistics;
    private final int minCell;
    private final Locale locale;

    private AttendanceStatisticsFiles(AttendanceStatistics statistics, int minCell, Locale locale) {
        this.statistics = statistics;
        this.minCell = minCell;
        this.locale = locale;
    }

    public static void xlsx(AttendanceStatistics statistics, int minCell, Locale locale, OutputStream out) {
        AttendanceStatisticsFiles files = new AttendanceStatisticsFiles(statistics, minCell, locale);
        try (XlsxTables book = new XlsxTables()) {
            book.sheet(files.text("attendanceStats.sheet.sessions"), files.sessionHeaders(), files.withTotal(files.sessionRows(), 5, 4));
            book.sheet(files.text("attendanceStats.sheet.classes"), files.headers("attendanceStats.col.unit",
                    "attendanceStats.col.part", "attendanceStats.col.class", "attendanceStats.col.category"),
                    files.withTotal(files.grouped(r -> r.classId() + "", r -> List.of(r.unitName(), r.partName(), r.classTitle(),
                            files.category(r))), 4, 5));
            book.sheet(files.text("attendanceStats.sheet.units"), files.headers("attendanceStats.col.part"),
                    files.withTotal(files.grouped(AttendanceStatistics.SessionRow::partName, r -> List.of(r.partName())), 1, 5));
            book.sheet(files.text("attendanceStats.sheet.categories"), files.headers("attendanceStats.col.category"),
                    files.withTotal(files.grouped(AttendanceStatistics.SessionRow::category, r -> List.of(files.category(r))), 1, 5));
            book.sheet(files.text("attendanceStats.sheet.groups"), List.of(files.text("indicators.col.dimension"),
                    files.text("indicators.col.group"), files.text("attendanceStats.col.attendees")), files.groupRows());
            book.write(out);
        }
    }

    public static void csv(AttendanceStatistics statistics, int minCell, Locale locale, OutputStream out) {
        AttendanceStatisticsFiles files = new AttendanceStatisticsFiles(statistics, minCell, locale);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(files.sessionHeaders());
            for (List<Object> row : files.sessionRows()) {
                printer.printRecord(row.stream().map(AttendanceStatisticsFiles::csvCell).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    private String category(AttendanceStatistics.SessionRow row) {
        return text("category." + row.category());
    }

    private List<String> sessionHeaders() {
        List<String> headers = new ArrayList<>(List.of(text("attendanceStats.col.unit"), text("attendanceStats.col.part"),
                text("attendanceStats.col.class"), text("attendanceStats.col.category"), text("attendanceStats.col.startsAt")));
        headers.addAll(figureHeaders(false));
        return headers;
    }

    private List<String> headers(String... labelKeys) {
        List<String> headers = new ArrayList<>();
        for (String key : labelKeys) {
            headers.add(text(key));
        }
        headers.addAll(figureHeaders(true));
        return headers;
    }

    private List<String> figureHeaders(boolean withSessionCount) {
        List<String> headers = new ArrayList<>();
        if (withSessionCount) {
            headers.add(text("attendanceStats.col.sessions"));
        }
        for (String status : List.of("PRESENT", "LATE", "EXCUSED", "ABSENT")) {
            headers.add(text("attendance.status." + status));
        }
        headers.add(text("attendanceStats.col.rate"));
        for (Dimension dimension : SPLIT) {
            for (String bucket : dimension.buckets()) {
                headers.add(text("indicators.dimension." + dimension.code()) + ": " + text("indicators.bucket." + bucket));
            }
        }
        return headers;
    }

    private List<List<Object>> sessionRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (AttendanceStatistics.SessionRow row : statistics.sessions()) {
            List<Object> cells = new ArrayList<>(List.of(row.unitName(), row.partName(), row.classTitle(), category(row),
                    row.startsAt()));
            cells.addAll(figures(null, row.marks(), row.attendeesByProfile()));
            rows.add(cells);
        }
        return rows;
    }

    private List<List<Object>> grouped(Function<AttendanceStatistics.SessionRow, String> groupOf,
                                       Function<AttendanceStatistics.SessionRow, List<Object>> labels) {
        Map<String, AttendanceStatistics.Totals> totals = statistics.totals(groupOf);
        Map<String, List<Object>> labelOf = new HashMap<>();
        statistics.sessions().forEach(r -> labelOf.putIfAbsent(groupOf.apply(r), labels.apply(r)));
        List<List<Object>> rows = new ArrayList<>();
        totals.forEach((group, sum) -> {
            List<Object> cells = new ArrayList<>(labelOf.get(group));
            cells.addAll(figures(sum.sessions(), sum.marks(), sum.attendeesByProfile()));
            rows.add(cells);
        });
        return rows;
    }

    /** The session count (when given), the marks, the rate and the attendees by gender and age group, small groups hidden. */
    private List<Object> figures(Long sessions, AttendanceStatistics.Marks marks, Map<String, Long> byProfile) {
        List<Object> cells = new ArrayList<>();
        if (sessions != null) {
            cells.add(sessions);
        }
        cells.addAll(List.of(marks.present(), marks.late(), marks.excused(), marks.absent()));
        cells.add(marks.rate());
        for (Dimension dimension : SPLIT) {
            List<Long> counts = dimension.buckets().stream().map(bucket -> count(byProfile, dimension, bucket)).toList();
            SmallCells.suppress(counts, minCell).forEach(cell -> cells.add(cell.shown()));
        }
        return cells;
    }

    private static long count(Map<String, Long> byProfile, Dimension dimension, String bucket) {
        return byProfile.entrySet().stream().filter(e -> dimension.bucketOf(e.getKey()).equals(bucket))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** A total row: SUM formulas over the {@code summed} columns of counts from {@code firstFigure}, which are never hidden. */
    private List<List<Object>> withTotal(List<List<Object>> rows, int firstFigure, int summed) {
        List<Object> total = new ArrayList<>();
        total.add(text("indicators.col.total"));
        for (int c = 1; c < firstFigure; c++) {
            total.add(null);
        }
        AttendanceStatistics.Marks marks = AttendanceStatistics.Marks.NONE;
        for (int c = firstFigure; c < firstFigure + summed; c++) {
            final int column = c;
            total.add(new XlsxTables.SumAbove(rows.stream().mapToDouble(r -> ((Number) r.get(column)).doubleValue()).sum()));
        }
        for (AttendanceStatistics.SessionRow row : statistics.sessions()) {
            marks = marks.plus(row.marks());
        }
        total.add(marks.rate());
        List<List<Object>> withTotal = new ArrayList<>(rows);
        withTotal.add(total);
        return withTotal;
    }

    private List<List<Object>> groupRows() {
        Map<String, Long> everyone = statistics.totals(r -> "").getOrDefault("",
                new AttendanceStatistics.Totals(0, AttendanceStatistics.Marks.NONE, Map.of())).attendeesByProfile();
        List<List<Object>> rows = new ArrayList<>();
        for (Dimension dimension : Dimension.personalOnes()) {
            List<Long> counts = dimension.buckets().stream().map(bucket -> count(everyone, dimension, bucket)).toList();
            List<SmallCells.Cell> cells = SmallCells.suppress(counts, minCell);
            for (int b = 0; b < counts.size(); b++) {
                rows.add(List.of(text("indicators.dimension." + dimension.code()),
                        text("indicators.bucket." + dimension.buckets().get(b)), cells.get(b).shown()));
            }
        }
        rows.add(List.of(text("indicators.hidden", minCell)));
        return rows;
    }

    /** A CSV cell: numbers plain, times as dd/MM/yyyy HH:mm, text that could start a formula quoted with an apostrophe. */
    private static Object csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return Dates.format(instant);
        }
        if (value instanceof Number || value instanceof BigDecimal) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
