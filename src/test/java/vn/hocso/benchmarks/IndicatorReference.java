package vn.hocso.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference for the dashboard and the indicator reports: the numbers they show, as a
 * DBA would write them by hand for one unit's subtree and one year. Each question is asked
 * once (completions serve S1 and A3; one pass over the attendance marks serves S1's
 * attendances and A7; classes held by category serve T2, T2b and A5), and the flagged shares
 * start from the flagged learners, the small side.
 */
final class IndicatorReference {

    private static final String ATTENDED = "t.status IN ('PRESENT', 'LATE')";

    private final ReferenceSql sql;

    IndicatorReference(ReferenceSql sql) {
        this.sql = sql;
    }

    /** Per computed indicator, counts by unit and month; the reported values of the period. */
    Map<String, List<Object[]>> dashboard(Connection c) throws SQLException {
        Map<String, List<Object[]>> answers = new LinkedHashMap<>();
        answers.put("completions", query(c, """
                SELECT a.unit_id, %s, count(*) FROM enrolment e JOIN account a ON a.id = e.account_id
                WHERE a.unit_id IN (SELECT id FROM scope) AND e.completed_at >= %s AND e.completed_at < %s
                GROUP BY 1, 2""", sql.month("e.completed_at"), sql.start, sql.end));
        answers.put("attendance", query(c, """
                SELECT c.unit_id, %s, count(*) FILTER (WHERE %s), count(*)
                FROM training_class c JOIN class_session s ON s.class_id = c.id JOIN attendance t ON t.session_id = s.id
                WHERE c.unit_id IN (SELECT id FROM scope) AND s.starts_at >= %s AND s.starts_at < %s
                GROUP BY 1, 2""", sql.month("s.starts_at"), ATTENDED, sql.start, sql.end));
        answers.put("outreach", query(c, """
                SELECT c.unit_id, date_trunc('month', c.start_date), sum(o.people)
                FROM outreach_count o JOIN training_class c ON c.id = o.class_id
                WHERE c.unit_id IN (SELECT id FROM scope) AND c.start_date BETWEEN %s AND %s
                GROUP BY 1, 2""", sql.from, sql.to));
        answers.put("classes held", query(c, """
                SELECT c.unit_id, date_trunc('month', c.start_date), co.category, count(*)
                FROM training_class c JOIN course co ON co.id = c.course_id
                WHERE c.kind = 'TRAINING' AND c.unit_id IN (SELECT id FROM scope) AND c.start_date BETWEEN %s AND %s
                  AND EXISTS (SELECT 1 FROM class_session s JOIN attendance t ON t.session_id = s.id
                              WHERE s.class_id = c.id AND %s)
                GROUP BY 1, 2, 3""", sql.from, sql.to, ATTENDED));
        answers.put("flagged", query(c, """
                SELECT a.unit_id, count(*) FILTER (WHERE a.ocop_producer), count(*) FILTER (WHERE a.digital_team_member)
                FROM account a WHERE a.status = 'ACTIVE' AND (a.ocop_producer OR a.digital_team_member)
                  AND a.unit_id IN (SELECT id FROM scope)
                GROUP BY 1"""));
        answers.put("E2 first e-commerce completion", query(c, """
                SELECT f.unit_id, %s, count(*) FROM (%s) f GROUP BY 1, 2""",
                sql.month("greatest(f.first_at, " + sql.start + ")"), firstCompletion("a.ocop_producer", true)));
        answers.put("S5b first completion", query(c, """
                SELECT f.unit_id, %s, count(*) FROM (%s) f GROUP BY 1, 2""",
                sql.month("f.first_at"), firstCompletion("a.digital_team_member", false)));
        answers.put("learners", query(c, """
                SELECT a.unit_id, %s, count(*)
                FROM (SELECT e.account_id, min(e.enrolled_at) AS first_at FROM enrolment e
                      WHERE e.enrolled_at >= %s AND e.enrolled_at < %s GROUP BY e.account_id) f
                JOIN account a ON a.id = f.account_id WHERE a.unit_id IN (SELECT id FROM scope)
                GROUP BY 1, 2""", sql.month("f.first_at"), sql.start, sql.end));
        answers.put("enrolments", query(c, """
                SELECT a.unit_id, %s, count(*) FROM enrolment e JOIN account a ON a.id = e.account_id
                WHERE a.unit_id IN (SELECT id FROM scope) AND e.enrolled_at >= %s AND e.enrolled_at < %s
                GROUP BY 1, 2""", sql.month("e.enrolled_at"), sql.start, sql.end));
        answers.put("certificates", query(c, """
                SELECT ce.unit_id, %s, count(*) FROM certificate ce
                WHERE ce.unit_id IN (SELECT id FROM scope) AND ce.revoked_at IS NULL
                  AND ce.issued_at >= %s AND ce.issued_at < %s
                GROUP BY 1, 2""", sql.month("ce.issued_at"), sql.start, sql.end));
        answers.put("sessions", query(c, """
                SELECT c.unit_id, %s, count(*) FROM class_session s JOIN training_class c ON c.id = s.class_id
                WHERE c.unit_id IN (SELECT id FROM scope) AND s.starts_at >= %s AND s.starts_at < %s AND s.starts_at <= %s
                GROUP BY 1, 2""", sql.month("s.starts_at"), sql.start, sql.end, sql.now));
        answers.put("reported", reported(c));
        return answers;
    }

    /** The dashboard, every indicator about people by learner profile, and the reported values with their sources. */
    Map<String, List<Object[]>> workbook(Connection c) throws SQLException {
        Map<String, List<Object[]>> answers = dashboard(c);
        String profile = sql.profile();
        String learner = " JOIN account a ON a.id = %s LEFT JOIN consented st ON st.account_id = a.id";
        answers.put("completions by profile", query(c, """
                SELECT %s, count(*) FROM enrolment e %s
                WHERE a.unit_id IN (SELECT id FROM scope) AND e.completed_at >= %s AND e.completed_at < %s %s""",
                profile, learner.formatted("e.account_id"), sql.start, sql.end, ReferenceSql.GROUP_BY_PROFILE));
        answers.put("attendance by profile", query(c, """
                SELECT %s, count(*) FILTER (WHERE %s), count(*)
                FROM training_class c JOIN class_session s ON s.class_id = c.id JOIN attendance t ON t.session_id = s.id %s
                WHERE c.unit_id IN (SELECT id FROM scope) AND s.starts_at >= %s AND s.starts_at < %s %s""",
                profile, ATTENDED, learner.formatted("t.account_id"), sql.start, sql.end, ReferenceSql.GROUP_BY_PROFILE));
        answers.put("outreach by gender and age", query(c, """
                SELECT o.gender, o.age_group, sum(o.people) FROM outreach_count o JOIN training_class c ON c.id = o.class_id
                WHERE c.unit_id IN (SELECT id FROM scope) AND c.start_date BETWEEN %s AND %s
                GROUP BY 1, 2""", sql.from, sql.to));
        answers.put("flagged by profile", query(c, """
                SELECT %s, count(*) FILTER (WHERE a.ocop_producer), count(*) FILTER (WHERE a.digital_team_member)
                FROM account a LEFT JOIN consented st ON st.account_id = a.id
                WHERE a.status = 'ACTIVE' AND (a.ocop_producer OR a.digital_team_member)
                  AND a.unit_id IN (SELECT id FROM scope) %s""", profile, ReferenceSql.GROUP_BY_PROFILE));
        answers.put("E2 by profile", query(c, """
                SELECT %s, count(*) FROM (%s) f JOIN account a ON a.id = f.id LEFT JOIN consented st ON st.account_id = a.id
                %s""", profile, firstCompletion("a.ocop_producer", true), ReferenceSql.GROUP_BY_PROFILE));
        answers.put("S5b by profile", query(c, """
                SELECT %s, count(*) FROM (%s) f JOIN account a ON a.id = f.id LEFT JOIN consented st ON st.account_id = a.id
                %s""", profile, firstCompletion("a.digital_team_member", false), ReferenceSql.GROUP_BY_PROFILE));
        answers.put("learners by profile", query(c, """
                SELECT %s, count(*) FROM (SELECT DISTINCT e.account_id FROM enrolment e
                                          WHERE e.enrolled_at >= %s AND e.enrolled_at < %s) f %s
                WHERE a.unit_id IN (SELECT id FROM scope) %s""",
                profile, sql.start, sql.end, learner.formatted("f.account_id"), ReferenceSql.GROUP_BY_PROFILE));
        answers.put("enrolments by profile", query(c, """
                SELECT %s, count(*) FROM enrolment e %s
                WHERE a.unit_id IN (SELECT id FROM scope) AND e.enrolled_at >= %s AND e.enrolled_at < %s %s""",
                profile, learner.formatted("e.account_id"), sql.start, sql.end, ReferenceSql.GROUP_BY_PROFILE));
        answers.put("certificates by profile", query(c, """
                SELECT %s, count(*) FROM certificate ce %s
                WHERE ce.unit_id IN (SELECT id FROM scope) AND ce.revoked_at IS NULL
                  AND ce.issued_at >= %s AND ce.issued_at < %s %s""",
                profile, learner.formatted("ce.account_id"), sql.start, sql.end, ReferenceSql.GROUP_BY_PROFILE));
        answers.put("sources", query(c, """
                SELECT v.indicator_id, u.code, u.name, v.amount, v.note, v.evidence_url, v.entered_by, v.entered_at
                FROM reported_value v JOIN unit u ON u.id = v.unit_id
                WHERE v.superseded_at IS NULL AND v.period_from = %s AND v.period_to = %s
                  AND v.unit_id IN (SELECT id FROM scope)
                ORDER BY v.indicator_id, u.code""", sql.from, sql.to));
        return answers;
    }

    /**
     * The first completion of the flagged learners in the subtree: of an e-commerce course at
     * any time before the period ends ({@code ever}), else of any course within the period.
     */
    private String firstCompletion(String flag, boolean ever) {
        String courses = ever ? " JOIN course co ON co.id = e.course_id AND co.category = 'E_COMMERCE'" : "";
        String since = ever ? "" : " AND e.completed_at >= " + sql.start;
        return """
                SELECT a.id, a.unit_id, min(e.completed_at) AS first_at
                FROM account a JOIN enrolment e ON e.account_id = a.id%s
                WHERE %s AND a.status = 'ACTIVE' AND a.unit_id IN (SELECT id FROM scope) AND e.completed_at < %s%s
                GROUP BY a.id, a.unit_id""".formatted(courses, flag, sql.end, since);
    }

    private List<Object[]> reported(Connection c) throws SQLException {
        return ReferenceSql.rows(c, """
                SELECT v.indicator_id, u.code, v.amount FROM reported_value v JOIN unit u ON u.id = v.unit_id
                WHERE v.superseded_at IS NULL AND v.period_from = %s AND v.period_to = %s""".formatted(sql.from, sql.to));
    }

    private List<Object[]> query(Connection c, String template, Object... arguments) throws SQLException {
        return ReferenceSql.rows(c, sql.withScope(template.formatted(arguments)));
    }
}
