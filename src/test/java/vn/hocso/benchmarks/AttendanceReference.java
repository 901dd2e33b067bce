package vn.hocso.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference for the attendance statistics files: per session of the subtree held in
 * the year, its class, unit and course category with the marks by status, and its
 * attendees by the groups the files split them by (gender and age group); the workbook's
 * sheet of groups also needs all attendees of the year by every part of their profile.
 */
final class AttendanceReference {

    private final ReferenceSql sql;

    AttendanceReference(ReferenceSql sql) {
        this.sql = sql;
    }

    /** What the CSV file shows: one line per session. */
    Map<String, List<Object[]>> csv(Connection c) throws SQLException {
        Map<String, List<Object[]>> answers = new LinkedHashMap<>();
        answers.put("sessions", query("""
                SELECT s.id, s.starts_at, c.id, c.title, u.code, u.name, co.category,
                       count(*) FILTER (WHERE t.status = 'PRESENT'), count(*) FILTER (WHERE t.status = 'LATE'),
                       count(*) FILTER (WHERE t.status = 'EXCUSED'), count(*) FILTER (WHERE t.status = 'ABSENT')
                FROM class_session s JOIN training_class c ON c.id = s.class_id JOIN unit u ON u.id = c.unit_id
                JOIN course co ON co.id = c.course_id LEFT JOIN attendance t ON t.session_id = s.id
                WHERE c.unit_id IN (SELECT id FROM scope) AND s.starts_at >= %s AND s.starts_at < %s AND s.starts_at <= %s
                GROUP BY s.id, c.id, u.id, co.id ORDER BY s.starts_at, s.id""".formatted(sql.start, sql.end, sql.now), c));
        answers.put("attendees by gender and age", query("""
                SELECT t.session_id, %s, count(*)
                FROM class_session s JOIN training_class c ON c.id = s.class_id JOIN attendance t ON t.session_id = s.id
                JOIN account a ON a.id = t.account_id LEFT JOIN consented st ON st.account_id = a.id
                WHERE t.status IN ('PRESENT', 'LATE') AND c.unit_id IN (SELECT id FROM scope)
                  AND s.starts_at >= %s AND s.starts_at < %s AND s.starts_at <= %s
                GROUP BY 1, 2, 3""".formatted(sql.genderAndAge(), sql.start, sql.end, sql.now), c));
        return answers;
    }

    /** What the workbook shows: the sessions as in the CSV, and the year's attendees by every part of their profile. */
    Map<String, List<Object[]>> workbook(Connection c) throws SQLException {
        Map<String, List<Object[]>> answers = csv(c);
        answers.put("attendees by profile", query("""
                SELECT %s, count(*)
                FROM class_session s JOIN training_class c ON c.id = s.class_id JOIN attendance t ON t.session_id = s.id
                JOIN account a ON a.id = t.account_id LEFT JOIN consented st ON st.account_id = a.id
                WHERE t.status IN ('PRESENT', 'LATE') AND c.unit_id IN (SELECT id FROM scope)
                  AND s.starts_at >= %s AND s.starts_at < %s AND s.starts_at <= %s %s"""
                .formatted(sql.profile(), sql.start, sql.end, sql.now, ReferenceSql.GROUP_BY_PROFILE), c));
        return answers;
    }

    private List<Object[]> query(String query, Connection c) throws SQLException {
        return ReferenceSql.rows(c, sql.withScope(query));
    }
}
