package vn.hocso.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

/**
 * What every hand-written reference query shares: a unit's subtree as a recursive CTE, a
 * period's bounds, the month of a stored time in Viet Nam, and a learner's profile (age
 * groups as of the year the period ends in, as the application reckons them).
 *
 * <p>Stored times are the server JVM's local time (UTC here) without a zone, exactly as
 * the application writes and binds them, so the bounds are written the same way and the
 * month is taken after converting to Viet Nam's time.
 */
final class ReferenceSql {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CONSENTED = "st.account_id IS NOT NULL";
    /** Groups by the seven columns of {@link #profile()} when they come first. */
    static final String GROUP_BY_PROFILE = " GROUP BY 1, 2, 3, 4, 5, 6, 7";

    final String start;
    final String end;
    final String from;
    final String to;
    final String now;
    private final int year;
    private final String scope;
    private final String storedZone = ZoneId.systemDefault().getId();
    /** Seconds from the stored time to Viet Nam's, when constant over the year; null otherwise. */
    private final Integer shift;

    /** The days from {@code first} to {@code last} (both included) of the unit {@code unitCode} and its subtree. */
    ReferenceSql(String unitCode, LocalDate first, LocalDate last, Instant now) {
        this.year = last.getYear();
        this.start = timestamp(first.atStartOfDay(VIETNAM).toInstant());
        this.end = timestamp(last.plusDays(1).atStartOfDay(VIETNAM).toInstant());
        this.from = "DATE '" + first + "'";
        this.to = "DATE '" + last + "'";
        this.now = timestamp(now);
        this.shift = constantShift(first.atStartOfDay(VIETNAM).toInstant(), last.plusDays(1).atStartOfDay(VIETNAM).toInstant());
        LocalDate today = LocalDate.ofInstant(now, VIETNAM);
        String day = "DATE '" + (last.isBefore(today) ? last : today) + "'";
        // the tree as it stood on the period's last day, plus units merged away into it
        this.scope = """
                WITH RECURSIVE tree (id) AS (
                    SELECT id FROM unit WHERE code = '%1$s'
                    UNION
                    SELECT l.unit_id FROM unit_link l JOIN tree t ON l.parent_id = t.id JOIN unit u ON u.id = l.unit_id
                    WHERE l.valid_from <= %2$s AND (l.valid_to IS NULL OR l.valid_to >= %2$s)
                      AND u.valid_from <= %2$s AND (u.valid_to IS NULL OR u.valid_to >= %2$s)
                ), scope (id) AS (
                    SELECT id FROM tree
                    UNION SELECT u.id FROM unit u JOIN tree t ON u.merged_into_id = t.id WHERE u.valid_to < %2$s
                ), consented (account_id) AS (
                    SELECT DISTINCT account_id FROM consent WHERE purpose = 'STATISTICS' AND withdrawn_at IS NULL
                )
                """.formatted(unitCode, day);
    }

    /** {@code query} after the CTEs {@code scope} (unit ids) and {@code consented} (account ids); unused CTEs cost nothing. */
    String withScope(String query) {
        return scope + query;
    }

    /**
     * The first moment of the month in Viet Nam of a stored timestamp. Viet Nam's offset and
     * the server's are fixed over the year (neither has summer time), so a constant shift
     * does it. Converting each row between named time zones instead costs about a quarter
     * of a second per 200,000 rows, more than the counting itself.
     */
    String month(String column) {
        return shift == null
                ? "date_trunc('month', timezone('Asia/Ho_Chi_Minh', timezone('" + storedZone + "', " + column + ")))"
                : "date_trunc('month', " + column + " + INTERVAL '" + shift + " seconds')";
    }

    /**
     * A learner {@code a}'s profile as the reports split it, in seven columns: gender, age
     * group, then the plan's five flags; people without a standing consent to statistics
     * ({@code st}, joined from {@code consented}) only as UNDISCLOSED.
     */
    String profile() {
        return genderAndAge() + """
                ,
                CASE WHEN %1$s THEN a.union_member END, CASE WHEN %1$s THEN a.union_official END,
                CASE WHEN %1$s THEN a.ocop_producer END, CASE WHEN %1$s THEN a.digital_team_member END,
                CASE WHEN %1$s THEN a.difficult_area END""".formatted(CONSENTED);
    }

    /** The first two columns of {@link #profile()}: what the attendance files split each session's attendees by. */
    String genderAndAge() {
        return """
                CASE WHEN %1$s THEN coalesce(a.gender, 'UNKNOWN') ELSE 'UNDISCLOSED' END,
                CASE WHEN NOT %1$s THEN 'UNDISCLOSED' WHEN a.birth_year IS NULL THEN 'UNKNOWN'
                     WHEN %2$d - a.birth_year < 16 THEN 'UNDER_16' WHEN %2$d - a.birth_year <= 30 THEN 'FROM_16_TO_30'
                     ELSE 'OVER_30' END""".formatted(CONSENTED, year);
    }

    /** Every row of the answer, every column read, as the application reads its native queries. */
    static List<Object[]> rows(Connection c, String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Integer constantShift(Instant start, Instant end) {
        ZoneId stored = ZoneId.systemDefault();
        for (ZoneId zone : List.of(VIETNAM, stored)) {
            ZoneOffsetTransition next = zone.getRules().nextTransition(start);
            if (next != null && next.getInstant().isBefore(end)) {
                return null;
            }
        }
        return VIETNAM.getRules().getOffset(start).getTotalSeconds() - stored.getRules().getOffset(start).getTotalSeconds();
    }

    /** A JDBC timestamp as the driver sends it: the instant in this JVM's zone, as the server's JVM does. */
    private static String timestamp(Instant instant) {
        return "TIMESTAMP '" + Timestamp.from(instant) + "'";
    }
}
