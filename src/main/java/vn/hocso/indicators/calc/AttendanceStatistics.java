package vn.hocso.indicators.calc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Attendance in a unit's subtree over a period, one row per session that took place, to be
 * added up by class, unit or course category. Who attended is kept only as counts per
 * learner profile (see {@link Dimension#bucketOf}).
 */
public record AttendanceStatistics(String unitName, Period period, List<SessionRow> sessions) {

    public AttendanceStatistics {
        sessions = List.copyOf(sessions);
    }

    /** One session: its class and unit, the marks by status, and the attendees (present or late) per profile. */
    public record SessionRow(Instant startsAt, long classId, String classTitle, String unitName, String partName,
                             String category, Marks marks, Map<String, Long> attendeesByProfile) {
        public SessionRow {
            attendeesByProfile = Map.copyOf(attendeesByProfile);
        }
    }

    /** Marks by status; unmarked members are not counted. */
    public record Marks(long present, long late, long excused, long absent) {

        public static final Marks NONE = new Marks(0, 0, 0, 0);

        public Marks plus(Marks other) {
            return new Marks(present + other.present, late + other.late, excused + other.excused, absent + other.absent);
        }

        public long total() {
            return present + late + excused + absent;
        }

        /** Present or late among all marks, in percent; null without marks. */
        public BigDecimal rate() {
            return new Amount(present + late, total()).value(true);
        }
    }

    /** Sessions added up per group (class, unit, category), in the order groups first appear. */
    public Map<String, Totals> totals(Function<SessionRow, String> groupOf) {
        Map<String, Totals> totals = new LinkedHashMap<>();
        for (SessionRow row : sessions) {
            totals.merge(groupOf.apply(row), Totals.of(row), Totals::plus);
        }
        return totals;
    }

    /** The sum of some sessions: how many, their marks, their attendees per profile. */
    public record Totals(long sessions, Marks marks, Map<String, Long> attendeesByProfile) {

        static Totals of(SessionRow row) {
            return new Totals(1, row.marks(), row.attendeesByProfile());
        }

        Totals plus(Totals other) {
            Map<String, Long> merged = new LinkedHashMap<>(attendeesByProfile);
            other.attendeesByProfile.forEach((k, v) -> merged.merge(k, v, Long::sum));
            return new Totals(sessions + other.sessions, marks.plus(other.marks), merged);
        }
    }
}
