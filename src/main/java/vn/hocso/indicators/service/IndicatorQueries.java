package vn.hocso.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hocso.courses.content.Category;
import vn.hocso.indicators.calc.LearnerFlag;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.Roster;
import vn.hocso.indicators.calc.Tally;
import vn.hocso.platform.i18n.Dates;

/**
 * The counts behind computed indicators, as aggregate SQL grouped by unit and key: the
 * database does the counting, Java only adds up a few hundred rows per unit tree.
 * Every figure about people counts records (completions, attendances, head counts), so
 * learners who withheld consent still count; only breakdowns by their profile leave them out.
 */
@ApplicationScoped
public class IndicatorQueries {

    private static final String ATTENDED = "t.status IN ('PRESENT', 'LATE')";
    private static final String FIRST_COMPLETION = "SELECT e.account_id, MIN(e.completed_at) AS first_at FROM enrolment e";

    private EntityManager em;
    private Clock clock;

    protected IndicatorQueries() {
    }

    @Inject
    public IndicatorQueries(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Unit id to code, to read the answers by; in a transaction of its own for the warmer's thread, which has none. */
    @Transactional
    public Map<Long, String> unitCodes() {
        Map<Long, String> codes = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, code FROM unit").getResultList()) {
            Object[] values = (Object[]) row;
            codes.put(((Number) values[0]).longValue(), (String) values[1]);
        }
        return codes;
    }

    /** The day of the earliest enrolment or class (what every count starts from), if any. */
    @Transactional
    public Optional<LocalDate> firstRecordDay() {
        Object enrolled = em.createNativeQuery("SELECT MIN(enrolled_at) FROM enrolment").getSingleResult();
        Object started = em.createNativeQuery("SELECT MIN(start_date) FROM training_class").getSingleResult();
        Optional<LocalDate> firstEnrolment = Optional.ofNullable((Timestamp) enrolled)
                .map(at -> LocalDate.ofInstant(at.toInstant(), Dates.VIETNAM));
        Optional<LocalDate> firstClass = Optional.ofNullable((Date) started).map(Date::toLocalDate);
        return Stream.of(firstEnrolment, firstClass).flatMap(Optional::stream).min(LocalDate::compareTo);
    }

    /** One source's counts by unit and key; in its own transaction when none runs, as a background refresh needs one. */
    @Transactional
    public Tally count(Source source, Period period, Grouping grouping, Map<Long, String> units) {
        Sql query = switch (source.kind()) {
            case COMPLETIONS -> completions(source.categories(), period, grouping);
            case ATTENDANCE -> attendance(period, grouping);
            case OUTREACH -> outreach(period, grouping);
            case CLASSES_HELD -> classesHeld(source.categories(), period, grouping);
            case FLAGGED -> flagged(source.flag(), grouping);
            case FLAGGED_COMPLETED -> flaggedCompleted(source, period, grouping);
            case LEARNERS -> learners(period, grouping);
            case ENROLMENTS -> enrolments(period, grouping);
            case CERTIFICATES -> certificates(period, grouping);
            case SESSIONS -> sessions(period, grouping);
        };
        List<Tally.Row> rows = new ArrayList<>();
        for (Object[] row : query.rows(em)) {
            String unit = unitCode(row[0], units);
            if (unit != null) {
                rows.add(new Tally.Row(unit, (String) row[1], ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
            }
        }
        return new Tally(rows);
    }

    /**
     * Who enrolled in the stretch, month by month, with their unit and how many enrolments
     * each has that month: the people distinct learners are counted from, and their
     * enrolments (see {@link Roster}).
     */
    @Transactional
    public Roster enrolledByMonth(Period stretch, Map<Long, String> units) {
        Sql sql = new Sql().add("SELECT q.k, q.account_id, q.unit_id, COUNT(*) FROM (SELECT ");
        Grouping.byMonth(stretch).key(sql, "e.enrolled_at", false);
        sql.add(" AS k, e.account_id, a.unit_id FROM enrolment e JOIN account a ON a.id = e.account_id")
                .add(" WHERE e.enrolled_at >= ").param(start(stretch)).add(" AND e.enrolled_at < ").param(end(stretch))
                .add(") q GROUP BY q.k, q.account_id, q.unit_id ORDER BY q.k, q.account_id");
        List<Roster.Sighting> sightings = new ArrayList<>();
        for (Object[] row : sql.rows(em)) {
            String unit = unitCode(row[2], units);
            if (unit != null) {
                sightings.add(new Roster.Sighting((String) row[0], ((Number) row[1]).longValue(), unit,
                        ((Number) row[3]).intValue()));
            }
        }
        return Roster.of(sightings);
    }

    private Sql completions(Set<Category> categories, Period period, Grouping g) {
        Sql sql = new Sql().add("SELECT a.unit_id AS unit_id, ");
        g.key(sql, "e.completed_at", false);
        sql.add(" AS k, 1 AS n, 0 AS d FROM enrolment e JOIN account a ON a.id = e.account_id").add(g.joins())
                .add(inCategories("e.course_id", categories))
                .add(" WHERE e.completed_at >= ").param(start(period)).add(" AND e.completed_at < ").param(end(period));
        return wrap(sql);
    }

    private Sql outreach(Period period, Grouping g) {
        Sql sql = new Sql().add("SELECT c.unit_id AS unit_id, ");
        g.outreachKey(sql, "c.start_date");
        sql.add(" AS k, o.people AS n, 0 AS d FROM outreach_count o JOIN training_class c ON c.id = o.class_id")
                .add(" WHERE c.start_date >= ").param(Date.valueOf(period.from()))
                .add(" AND c.start_date <= ").param(Date.valueOf(period.to()));
        return wrap(sql);
    }

    /** Training classes that started in the period and that somebody attended: held, not just planned. */
    private Sql classesHeld(Set<Category> categories, Period period, Grouping g) {
        Sql sql = new Sql().add("SELECT c.unit_id AS unit_id, ");
        g.key(sql, "c.start_date", true);
        sql.add(" AS k, 1 AS n, 0 AS d FROM training_class c").add(inCategories("c.course_id", categories))
                .add(" WHERE c.kind = 'TRAINING' AND c.start_date >= ").param(Date.valueOf(period.from()))
                .add(" AND c.start_date <= ").param(Date.valueOf(period.to()))
                .add(" AND EXISTS (SELECT 1 FROM class_session s JOIN attendance t ON t.session_id = s.id")
                .add(" WHERE s.class_id = c.id AND ").add(ATTENDED).add(")");
        return wrap(sql);
    }

    /** The denominator of a flag's share: everyone active with the flag, whatever the period. */
    private Sql flagged(LearnerFlag flag, Grouping g) {
        Sql sql = new Sql().add("SELECT a.unit_id AS unit_id, ");
        if (g.needsLearner()) {
            g.key(sql, null, false);
        } else {
            sql.add("'" + Tally.NO_KEY + "'");
        }
        sql.add(" AS k, 0 AS n, 1 AS d FROM account a").add(g.joins())
                .add(" WHERE a." + flag.column() + " AND a.status = 'ACTIVE'");
        return wrap(sql);
    }

    /** The numerator: those with the flag whose first completion of the categories falls in the period (or before its end). */
    private Sql flaggedCompleted(Source source, Period period, Grouping g) {
        Sql sql = new Sql().add("SELECT a.unit_id AS unit_id, ");
        g.key(sql, "f.first_at", false);
        sql.add(" AS k, 1 AS n, 0 AS d FROM (").add(FIRST_COMPLETION).add(inCategories("e.course_id", source.categories()))
                .add(" WHERE e.completed_at < ").param(end(period));
        if (!source.ever()) {
            sql.add(" AND e.completed_at >= ").param(start(period));
        }
        sql.add(" GROUP BY e.account_id) f JOIN account a ON a.id = f.account_id").add(g.joins())
                .add(" WHERE a." + source.flag().column() + " AND a.status = 'ACTIVE'");
        return wrap(sql);
    }

    private Sql learners(Period period, Grouping g) {
        Sql sql = new Sql().add("SELECT a.unit_id AS unit_id, ");
        g.key(sql, "f.first_at", false);
        sql.add(" AS k, 1 AS n, 0 AS d FROM (SELECT e.account_id, MIN(e.enrolled_at) AS first_at FROM enrolment e")
                .add(" WHERE e.enrolled_at >= ").param(start(period)).add(" AND e.enrolled_at < ").param(end(period))
                .add(" GROUP BY e.account_id) f JOIN account a ON a.id = f.account_id").add(g.joins());
        return wrap(sql);
    }

    private Sql enrolments(Period period, Grouping g) {
        Sql sql = new Sql().add("SELECT a.unit_id AS unit_id, ");
        g.key(sql, "e.enrolled_at", false);
        sql.add(" AS k, 1 AS n, 0 AS d FROM enrolment e JOIN account a ON a.id = e.account_id").add(g.joins())
                .add(" WHERE e.enrolled_at >= ").param(start(period)).add(" AND e.enrolled_at < ").param(end(period));
        return wrap(sql);
    }

    /** Certificates count for the unit that issued them; revoked ones do not count. */
    private Sql certificates(Period period, Grouping g) {
        Sql sql = new Sql().add("SELECT ce.unit_id AS unit_id, ");
        g.key(sql, "ce.issued_at", false);
        sql.add(" AS k, 1 AS n, 0 AS d FROM certificate ce").add(learner(g, "ce.account_id"))
                .add(" WHERE ce.revoked_at IS NULL AND ce.issued_at >= ").param(start(period))
                .add(" AND ce.issued_at < ").param(end(period));
        return wrap(sql);
    }

    private Sql sessions(Period period, Grouping g) {
        Sql sql = new Sql().add("SELECT c.unit_id AS unit_id, ");
        g.key(sql, "s.starts_at", false);
        sql.add(" AS k, 1 AS n, 0 AS d FROM class_session s JOIN training_class c ON c.id = s.class_id")
                .add(" WHERE s.starts_at >= ").param(start(period)).add(" AND s.starts_at < ").param(end(period))
                .add(" AND s.starts_at <= ").param(Timestamp.from(clock.instant()));
        return wrap(sql);
    }

    /**
     * Marks of the period's sessions: the attended ones (present or late) over all of them.
     * Without the learner, marks are first summed per session from the index alone, then
     * per unit and month: a few thousand sessions rather than millions of marks to group.
     */
    private Sql attendance(Period period, Grouping g) {
        if (!g.needsLearner()) {
            Sql sql = new Sql().add("SELECT c.unit_id AS unit_id, ");
            g.key(sql, "s.starts_at", false);
            sql.add(" AS k, m.n AS n, m.d AS d FROM (SELECT t.session_id, SUM(CASE WHEN ").add(ATTENDED)
                    .add(" THEN 1 ELSE 0 END) AS n, COUNT(*) AS d FROM attendance t WHERE t.session_id IN")
                    .add(" (SELECT id FROM class_session WHERE starts_at >= ").param(start(period))
                    .add(" AND starts_at < ").param(end(period)).add(") GROUP BY t.session_id) m")
                    .add(" JOIN class_session s ON s.id = m.session_id JOIN training_class c ON c.id = s.class_id");
            return wrap(sql);
        }
        Sql sql = new Sql().add("SELECT c.unit_id AS unit_id, ");
        g.key(sql, "s.starts_at", false);
        sql.add(" AS k, CASE WHEN ").add(ATTENDED).add(" THEN 1 ELSE 0 END AS n, 1 AS d FROM attendance t")
                .add(" JOIN class_session s ON s.id = t.session_id JOIN training_class c ON c.id = s.class_id")
                .add(learner(g, "t.account_id"))
                .add(" WHERE s.starts_at >= ").param(start(period)).add(" AND s.starts_at < ").param(end(period));
        return wrap(sql);
    }

    /**
     * The code of the unit a row counts for; null (the row counts nowhere) for no unit, as an
     * erased account without consent to statistics has, or one not in {@code units}.
     */
    private static String unitCode(Object unitId, Map<Long, String> units) {
        return unitId == null ? null : units.get(((Number) unitId).longValue());
    }

    /** The learner's account as {@code a}, when the grouping needs it. */
    private static String learner(Grouping g, String accountColumn) {
        return g.needsLearner() ? " JOIN account a ON a.id = " + accountColumn + g.joins() : "";
    }

    /** Restricts to courses of the categories (enum names, never user input); nothing for none. */
    private static String inCategories(String courseColumn, Set<Category> categories) {
        if (categories.isEmpty()) {
            return "";
        }
        return " JOIN course co ON co.id = " + courseColumn + " AND co.category IN ("
                + categories.stream().map(c -> "'" + c.name() + "'").sorted().collect(Collectors.joining(", ")) + ")";
    }

    /** Sums the inner rows (unit_id, k, n, d) per unit and key. */
    private static Sql wrap(Sql inner) {
        return inner.surround("SELECT q.unit_id, q.k, SUM(q.n), SUM(q.d) FROM (", ") q GROUP BY q.unit_id, q.k");
    }

    static Timestamp start(Period period) {
        return Timestamp.from(period.from().atStartOfDay(Dates.VIETNAM).toInstant());
    }

    static Timestamp end(Period period) {
        return Timestamp.from(period.to().plusDays(1).atStartOfDay(Dates.VIETNAM).toInstant());
    }
}
