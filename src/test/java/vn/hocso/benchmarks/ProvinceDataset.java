package vn.hocso.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Five years (2021–2025) of a district with 60 communes, written straight into the
 * application's PostgreSQL database: learners with their plan flags and consents, an
 * enrolment of every learner in every demo course, certificates, training classes and
 * outreach events with weekly sessions and their attendance marks.
 *
 * <p>Why set-based SQL ({@code generate_series}, {@code INSERT … SELECT}): millions of rows
 * load in a minute or two, where the application's own services would take hours. Ids start
 * at {@link #BASE}, far above what {@code hocso_seq} hands out, so the application keeps
 * inserting next to them; every unique constraint holds by construction (usernames, keys and
 * certificate numbers carry the row's own number).
 */
final class ProvinceDataset {

    static final long BASE = 100_000_000L;
    /** Our rows only: the demo installation writes its own activity from id 900,000,000 on. */
    private static final String OURS = "BETWEEN " + BASE + " AND " + (2 * BASE - 1);
    static final String DISTRICT = "HD-NP";
    static final int SESSIONS_PER_CLASS = 10;
    static final int CLASS_SIZE = 50;
    /** Classes start over this many days from 1 January 2021, so that their ten weekly sessions end within 2025. */
    private static final int START_DAYS = 1758;
    private static final String[] TABLES = {"unit", "unit_link", "account", "role_grant", "consent", "enrolment",
        "certificate", "training_class", "class_session", "class_member", "attendance", "outreach_count"};

    /** How big the district is; {@code -Dhocso.bench.learners=20000} and the like make a small one for development. */
    record Sizes(int communes, int learners, int enrolments, int marks) {

        static Sizes fromSystemProperties() {
            return new Sizes(Integer.getInteger("hocso.bench.communes", 60),
                    Integer.getInteger("hocso.bench.learners", 200_000),
                    Integer.getInteger("hocso.bench.enrolments", 1_000_000),
                    Integer.getInteger("hocso.bench.attendance", 5_000_000));
        }

        /** Classes of ten sessions with fifty learners each, as many as the attendance marks ask for. */
        int classes() {
            return Math.max(communes, marks / (SESSIONS_PER_CLASS * CLASS_SIZE));
        }

        /** Learners per commune: learner i belongs to commune i mod communes. */
        int perCommune() {
            return learners / communes;
        }
    }

    /** What was written (rows per kind) and how long it took. */
    record Loaded(Sizes sizes, Map<String, Long> rows, double seconds) {
    }

    private final Sizes sizes;

    ProvinceDataset(Sizes sizes) {
        if (sizes.perCommune() < CLASS_SIZE) {
            throw new IllegalArgumentException("A commune needs at least " + CLASS_SIZE + " learners to fill a class: " + sizes);
        }
        this.sizes = sizes;
    }

    Loaded load(DataSource database) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = database.getConnection()) {
            boolean unchecked = skipForeignKeyTriggers(c);
            c.setAutoCommit(false);
            execute(c, "SET LOCAL work_mem = '256MB'");
            execute(c, "SELECT setseed(0.273)");
            List<Long> courses = longs(c, "SELECT id FROM course ORDER BY id");
            if (courses.isEmpty() || sizes.enrolments() > (long) sizes.learners() * courses.size()) {
                throw new IllegalStateException("One enrolment per learner and course: " + sizes.enrolments()
                        + " enrolments need more than " + courses.size() + " courses for " + sizes.learners() + " learners");
            }
            Array courseIds = c.createArrayOf("bigint", courses.toArray());
            communes(c);
            learners(c);
            enrolments(c, courseIds);
            certificates(c);
            classes(c, courseIds, courses.size());
            sessionsAndMarks(c);
            outreach(c);
            c.commit();
            c.setAutoCommit(true);
            if (unchecked) {
                execute(c, "RESET session_replication_role");
            }
            // VACUUM as well as ANALYZE: the visibility map and hint bits are then set as on a
            // database that has lived, so the first measured reads do not write, and autovacuum
            // does not wake up in the middle of the measurements.
            for (String table : TABLES) {
                execute(c, "VACUUM (ANALYZE) " + table);
            }
            return new Loaded(sizes, rows(c), (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * The foreign keys hold by construction; checking them row by row would double the
     * loading time. Only a superuser may switch the triggers off: anyone else loads with checks.
     */
    private static boolean skipForeignKeyTriggers(Connection c) {
        try {
            execute(c, "SET session_replication_role = replica");
            return true;
        } catch (SQLException notSuperuser) {
            return false;
        }
    }

    private void communes(Connection c) throws SQLException {
        execute(c, """
                INSERT INTO unit (id, code, name, kind, valid_from)
                SELECT %d + n, 'BX-' || lpad(n::text, 3, '0'), 'Đoàn xã Thử Nghiệm ' || n, 'COMMUNE_UNION', DATE '2020-01-01'
                FROM generate_series(0, %d) n""".formatted(BASE, sizes.communes() - 1));
        execute(c, """
                INSERT INTO unit_link (id, unit_id, parent_id, valid_from)
                SELECT %d + n, %d + n, (SELECT id FROM unit WHERE code = '%s'), DATE '2020-01-01'
                FROM generate_series(0, %d) n""".formatted(BASE, BASE, DISTRICT, sizes.communes() - 1));
    }

    /**
     * Learners: about 60 % aged 16–30 in 2025, 10 % younger, 30 % older; 55 % union members
     * (a tenth of them officials), 4 % OCOP producers, 6 % in a digital technology team, 15 %
     * from difficult areas; everyone consented to training, 70 % to statistics (a twentieth of
     * those withdrew it later).
     */
    private void learners(Connection c) throws SQLException {
        execute(c, """
                INSERT INTO account (id, username, full_name, birth_year, gender, unit_id, union_member, union_official,
                                     ocop_producer, digital_team_member, difficult_area, status, created_at)
                SELECT %1$d + i, 'bench-' || i, 'Học Viên Thử ' || i,
                       CASE WHEN age < 0.01 THEN NULL WHEN age < 0.11 THEN 2010 + i %% 3
                            WHEN age < 0.71 THEN 1995 + i %% 15 ELSE 1960 + i %% 35 END,
                       CASE WHEN sex < 0.50 THEN 'FEMALE' WHEN sex < 0.97 THEN 'MALE' WHEN sex < 0.98 THEN 'OTHER' END,
                       %1$d + i %% %2$d, member, member AND random() < 0.10, random() < 0.04, random() < 0.06,
                       random() < 0.15, 'ACTIVE', TIMESTAMP '2020-12-01 01:00' + i %% 30 * INTERVAL '1 day'
                FROM (SELECT i, random() AS age, random() AS sex, random() < 0.55 AS member
                      FROM generate_series(0, %3$d) i) g""".formatted(BASE, sizes.communes(), sizes.learners() - 1));
        execute(c, """
                INSERT INTO role_grant (id, account_id, role) SELECT %1$d + i, %1$d + i, 'LEARNER'
                FROM generate_series(0, %2$d) i""".formatted(BASE, sizes.learners() - 1));
        execute(c, """
                INSERT INTO consent (id, account_id, purpose, given_by, notice_version, given_at)
                SELECT %1$d + i, %1$d + i, 'TRAINING', 'SELF', 'bench', TIMESTAMP '2020-12-01 01:00'
                FROM generate_series(0, %2$d) i""".formatted(BASE, sizes.learners() - 1));
        execute(c, """
                INSERT INTO consent (id, account_id, purpose, given_by, notice_version, given_at, withdrawn_at)
                SELECT %1$d + %2$d + i, %1$d + i, 'STATISTICS', 'SELF', 'bench', TIMESTAMP '2020-12-01 01:00',
                       CASE WHEN random() < 0.05 THEN TIMESTAMP '2023-06-01 02:00' END
                FROM generate_series(0, %3$d) i WHERE random() < 0.70""".formatted(BASE, sizes.learners(), sizes.learners() - 1));
    }

    /**
     * Enrolment k is learner k mod learners in course k div learners, at a random time of the
     * five years; 60 % completed within 60 days. Written in time order, as they would have arrived.
     */
    private void enrolments(Connection c, Array courses) throws SQLException {
        execute(c, """
                INSERT INTO enrolment (id, account_id, course_id, status, enrolled_at, completed_at, quiz_passed_at)
                SELECT %1$d + k, %1$d + k %% %2$d, (?::bigint[])[k / %2$d + 1],
                       CASE WHEN done THEN 'COMPLETED' ELSE 'IN_PROGRESS' END, at,
                       CASE WHEN done THEN at + took END, CASE WHEN done THEN at + took END
                FROM (SELECT k, TIMESTAMP '2021-01-01' + random() * INTERVAL '1826 days' AS at, random() < 0.6 AS done,
                             random() * INTERVAL '60 days' AS took
                      FROM generate_series(0, %3$d) k) g
                ORDER BY at""".formatted(BASE, sizes.learners(), sizes.enrolments() - 1), courses);
    }

    /** A fifth of the completions earned a certificate from the learner's commune; 1 in 100 of those was revoked. */
    private static void certificates(Connection c) throws SQLException {
        execute(c, """
                INSERT INTO certificate (id, number, code, account_id, course_id, unit_id, holder_name, course_title, issuer,
                                         issued_at, issued_by, file_name, pdf, pdf_sha256, current_holding, revoked_at,
                                         revoked_by, revoke_reason)
                SELECT e.id, 'B' || e.id || '/GCN-HĐNP', 'B' || e.id, e.account_id, e.course_id, a.unit_id, a.full_name,
                       co.title_vi, 'HUYỆN ĐOÀN NINH PHƯỚC', e.completed_at, 'organizer', 'gcn-' || e.id || '.pdf',
                       decode('255044462d312e370a', 'hex'), encode(sha256(e.id::text::bytea), 'hex'),
                       CASE WHEN e.id %% 500 <> 0 THEN e.account_id || ':' || e.course_id END,
                       CASE WHEN e.id %% 500 = 0 THEN e.completed_at + INTERVAL '30 days' END,
                       CASE WHEN e.id %% 500 = 0 THEN 'organizer' END,
                       CASE WHEN e.id %% 500 = 0 THEN 'Cấp nhầm' END
                FROM enrolment e JOIN account a ON a.id = e.account_id JOIN course co ON co.id = e.course_id
                WHERE e.id %s AND e.completed_at IS NOT NULL AND e.id %% 5 = 0
                ORDER BY e.completed_at""".formatted(OURS));
    }

    /**
     * Class j belongs to commune j mod communes and runs that commune's courses in turn; every
     * tenth class of a commune is an outreach event. Classes start evenly over the five years.
     */
    private void classes(Connection c, Array courses, int courseCount) throws SQLException {
        execute(c, """
                INSERT INTO training_class (id, title, course_id, unit_id, kind, mode, location, capacity, start_date,
                                            end_date, attendance_threshold, points_present, points_late, points_excused,
                                            points_absent, enrolment_key, created_by, created_at)
                SELECT %1$d + j, co.title_vi || ' — lớp ' || j, co.id, %1$d + j %% %2$d,
                       CASE WHEN j / %2$d %% 10 = 9 THEN 'OUTREACH' ELSE 'TRAINING' END, 'IN_PERSON', 'Nhà văn hóa xã',
                       60, day, day + 63, 80, 100, 50, 50, 0, 'BK' || j, 'organizer', day - 14
                FROM (SELECT j, %3$s AS day, (?::bigint[])[j / %2$d %% %4$d + 1] AS course
                      FROM generate_series(0, %5$d) j) g
                JOIN course co ON co.id = g.course""".formatted(BASE, sizes.communes(), classDay(), courseCount,
                sizes.classes() - 1), courses);
    }

    /**
     * Ten weekly sessions per class at 19:00 in Viet Nam (12:00 as stored, the server's clock
     * being UTC), and the same fifty learners of the class's commune marked at each; a
     * learner is in about two or three classes over the years.
     */
    private void sessionsAndMarks(Connection c) throws SQLException {
        int classes = sizes.classes();
        String learner = "%d + j %% %d + %d * ((j / %d * %d + m) %% %d)".formatted(BASE, sizes.communes(), sizes.communes(),
                sizes.communes(), CLASS_SIZE, sizes.perCommune());
        execute(c, """
                INSERT INTO class_session (id, class_id, starts_at, ends_at, checkin_secret)
                SELECT %1$d + n, %1$d + j, %2$s + 7 * s + TIME '12:00', %2$s + 7 * s + TIME '14:00', md5(n::text)
                FROM (SELECT n, n / %3$d AS j, n %% %3$d AS s FROM generate_series(0, %4$d) n) g"""
                .formatted(BASE, classDay(), SESSIONS_PER_CLASS, classes * SESSIONS_PER_CLASS - 1));
        execute(c, """
                INSERT INTO class_member (id, class_id, account_id, joined_at, joined_by)
                SELECT %1$d + n, %1$d + j, %2$s, %3$s - 7, 'IMPORT'
                FROM (SELECT n, n / %4$d AS j, n %% %4$d AS m FROM generate_series(0, %5$d) n) g"""
                .formatted(BASE, learner, classDay(), CLASS_SIZE, classes * CLASS_SIZE - 1));
        // one series numbers the marks, so they are written session by session, as trainers send them
        execute(c, """
                INSERT INTO attendance (id, session_id, account_id, status, marked_at, marked_by)
                SELECT %1$d + n, %1$d + n / %2$d, %3$s,
                       CASE WHEN r < 0.70 THEN 'PRESENT' WHEN r < 0.80 THEN 'LATE' WHEN r < 0.88 THEN 'EXCUSED' ELSE 'ABSENT' END,
                       %4$s + 7 * s + TIME '12:10', 'trainer'
                FROM (SELECT n, n / %5$d AS j, n / %2$d %% %6$d AS s, n %% %2$d AS m, random() AS r
                      FROM generate_series(0, %7$d) n) g"""
                .formatted(BASE, CLASS_SIZE, learner, classDay(), SESSIONS_PER_CLASS * CLASS_SIZE, SESSIONS_PER_CLASS,
                        (long) classes * SESSIONS_PER_CLASS * CLASS_SIZE - 1));
    }

    /** Outreach events also counted people without accounts, by gender and age group. */
    private static void outreach(Connection c) throws SQLException {
        execute(c, """
                INSERT INTO outreach_count (id, class_id, gender, age_group, people)
                SELECT %1$d + (c.id - %1$d) * 9 + g.n * 3 + a.n, c.id, g.v, a.v,
                       CASE WHEN g.v = 'OTHER' THEN (random() * 2)::int ELSE (random() * 40)::int END
                FROM training_class c,
                     (VALUES (0, 'MALE'), (1, 'FEMALE'), (2, 'OTHER')) g (n, v),
                     (VALUES (0, 'UNDER_16'), (1, 'FROM_16_TO_30'), (2, 'OVER_30')) a (n, v)
                WHERE c.id %2$s AND c.kind = 'OUTREACH'""".formatted(BASE, OURS));
    }

    /** The first day of class j, as SQL. */
    private String classDay() {
        return "(DATE '2021-01-01' + (j::bigint * %d / %d)::int)".formatted(START_DAYS, sizes.classes());
    }

    private static Map<String, Long> rows(Connection c) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        String where = " WHERE id " + OURS;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT"
                + " (SELECT count(*) FROM unit" + where + "),"
                + " (SELECT count(*) FROM account" + where + "),"
                + " (SELECT count(DISTINCT account_id) FROM consent" + where
                + " AND purpose = 'STATISTICS' AND withdrawn_at IS NULL),"
                + " (SELECT count(*) FROM enrolment" + where + "),"
                + " (SELECT count(*) FROM enrolment" + where + " AND completed_at IS NOT NULL),"
                + " (SELECT count(*) FROM certificate" + where + "),"
                + " (SELECT count(*) FROM training_class" + where + "),"
                + " (SELECT count(*) FROM training_class" + where + " AND kind = 'OUTREACH'),"
                + " (SELECT count(*) FROM class_session" + where + "),"
                + " (SELECT count(*) FROM attendance" + where + "),"
                + " (SELECT coalesce(sum(people), 0) FROM outreach_count" + where + ")")) {
            r.next();
            String[] names = {"communes", "learners", "consenting", "enrolments", "completed", "certificates", "classes",
                "outreach events", "sessions", "attendance marks", "outreach people"};
            for (int i = 0; i < names.length; i++) {
                rows.put(names[i], r.getLong(i + 1));
            }
        }
        return rows;
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values;
    }

    private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
