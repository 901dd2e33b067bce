package vn.hocso.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.courses.content.Category;
import vn.hocso.indicators.calc.AttendanceStatistics;
import vn.hocso.indicators.calc.Period;

/** Attendance statistics of a unit's subtree: two aggregate queries, marks by status and attendees by profile, per session. */
@ApplicationScoped
public class AttendanceQueries {

    private EntityManager em;
    private Clock clock;
    private IndicatorService indicators;
    private IndicatorQueries queries;

    protected AttendanceQueries() {
    }

    @Inject
    public AttendanceQueries(EntityManager em, Clock clock, IndicatorService indicators, IndicatorQueries queries) {
        this.em = em;
        this.clock = clock;
        this.indicators = indicators;
        this.queries = queries;
    }

    /** The sessions held in the period by classes of the unit's subtree, oldest first. */
    public AttendanceStatistics statistics(Actor actor, String unitCode, Period period) {
        IndicatorService.Scope scope = indicators.scope(actor, unitCode, period);
        Map<Long, String> codes = queries.unitCodes();
        Map<String, String> partOf = scope.unit().partOf();
        Map<String, String> names = new HashMap<>();
        scope.unit().parts().forEach(p -> names.put(p.unit().code(), p.unit().name()));
        Map<Long, Map<String, Long>> attendees = attendees(period);
        List<AttendanceStatistics.SessionRow> rows = new ArrayList<>();
        for (Object[] row : marks(period)) {
            String unit = codes.get(((Number) row[4]).longValue());
            if (unit == null || !partOf.containsKey(unit)) {
                continue;
            }
            long session = ((Number) row[0]).longValue();
            rows.add(new AttendanceStatistics.SessionRow(((Timestamp) row[1]).toInstant(), ((Number) row[2]).longValue(),
                    (String) row[3], scope.tree().find(unit).map(UnitNode::name).orElse(unit), names.get(partOf.get(unit)),
                    Category.valueOf((String) row[5]).code(),
                    new AttendanceStatistics.Marks(count(row[6]), count(row[7]), count(row[8]), count(row[9])),
                    attendees.getOrDefault(session, Map.of())));
        }
        return new AttendanceStatistics(scope.unit().unit().name(), period, rows);
    }

    private List<Object[]> marks(Period period) {
        return new Sql().add("SELECT s.id, s.starts_at, c.id, c.title, c.unit_id, co.category,")
                .add(" SUM(CASE WHEN t.status = 'PRESENT' THEN 1 ELSE 0 END), SUM(CASE WHEN t.status = 'LATE' THEN 1 ELSE 0 END),")
                .add(" SUM(CASE WHEN t.status = 'EXCUSED' THEN 1 ELSE 0 END), SUM(CASE WHEN t.status = 'ABSENT' THEN 1 ELSE 0 END)")
                .add(" FROM class_session s JOIN training_class c ON c.id = s.class_id JOIN course co ON co.id = c.course_id")
                .add(" LEFT JOIN attendance t ON t.session_id = s.id")
                .add(" WHERE s.starts_at >= ").param(IndicatorQueries.start(period))
                .add(" AND s.starts_at < ").param(IndicatorQueries.end(period))
                .add(" AND s.starts_at <= ").param(Timestamp.from(clock.instant()))
                .add(" GROUP BY s.id, s.starts_at, c.id, c.title, c.unit_id, co.category ORDER BY s.starts_at, s.id")
                .rows(em);
    }

    /** Session id to the number of attendees (present or late) per learner profile. */
    private Map<Long, Map<String, Long>> attendees(Period period) {
        Grouping profile = Grouping.byProfile(period.targetYear());
        Sql sql = new Sql().add("SELECT t.session_id, ");
        profile.key(sql, null, false);
        sql.add(" AS k, 1 AS n FROM attendance t JOIN class_session s ON s.id = t.session_id")
                .add(" JOIN account a ON a.id = t.account_id").add(profile.joins())
                .add(" WHERE t.status IN ('PRESENT', 'LATE') AND s.starts_at >= ").param(IndicatorQueries.start(period))
                .add(" AND s.starts_at < ").param(IndicatorQueries.end(period))
                .add(" AND s.starts_at <= ").param(Timestamp.from(clock.instant()));
        sql.surround("SELECT q.session_id, q.k, SUM(q.n) FROM (", ") q GROUP BY q.session_id, q.k");
        Map<Long, Map<String, Long>> bySession = new HashMap<>();
        for (Object[] row : sql.rows(em)) {
            bySession.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        return bySession;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
