package vn.hocso.classes.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attendance rates of a class: per learner, the points earned over the sessions held since
 * they joined (a missing mark counts as absent), and per session, the points earned by the
 * roster. A session counts as held once it has ended or any mark was taken in it.
 */
public final class AttendanceRates {

    public record Session(long id, SessionTime time) {
    }

    public record Member(long accountId, Instant joinedAt) {
    }

    public record Mark(long sessionId, long accountId, AttendanceStatus status) {
    }

    /** A learner's rate: empty while no session counts for them. */
    public record LearnerRate(long accountId, int sessionsCounted, Map<AttendanceStatus, Integer> counts,
                              Optional<BigDecimal> percent, boolean atRisk) {
    }

    public record SessionRate(long sessionId, boolean held, Map<AttendanceStatus, Integer> counts,
                              Optional<BigDecimal> percent) {
    }

    private final List<Session> sessions;
    private final Map<Long, Map<Long, AttendanceStatus>> marksBySession = new LinkedHashMap<>();
    private final AttendancePoints points;
    private final int thresholdPercent;
    private final Instant now;

    public AttendanceRates(List<Session> sessions, Collection<Mark> marks, AttendancePoints points,
                           int thresholdPercent, Instant now) {
        this.sessions = List.copyOf(sessions);
        this.points = points;
        this.thresholdPercent = thresholdPercent;
        this.now = now;
        for (Mark mark : marks) {
            marksBySession.computeIfAbsent(mark.sessionId(), id -> new LinkedHashMap<>()).put(mark.accountId(), mark.status());
        }
    }

    public boolean isHeld(Session session) {
        return !now.isBefore(session.time().end()) || marksBySession.containsKey(session.id());
    }

    public LearnerRate of(Member member) {
        Map<AttendanceStatus, Integer> counts = new EnumMap<>(AttendanceStatus.class);
        int counted = 0;
        long earned = 0;
        for (Session session : sessions) {
            if (!isHeld(session) || !session.time().end().isAfter(member.joinedAt())) {
                continue;
            }
            AttendanceStatus status = statusOf(session.id(), member.accountId()).orElse(AttendanceStatus.ABSENT);
            counts.merge(status, 1, Integer::sum);
            counted++;
            earned += points.of(status);
        }
        Optional<BigDecimal> percent = counted == 0 ? Optional.empty() : Optional.of(percent(earned, counted));
        boolean atRisk = percent.map(p -> p.compareTo(BigDecimal.valueOf(thresholdPercent)) < 0).orElse(false);
        return new LearnerRate(member.accountId(), counted, counts, percent, atRisk);
    }

    /** The session's rate over the members who had joined by its end. */
    public SessionRate of(Session session, Collection<Member> members) {
        Map<AttendanceStatus, Integer> counts = new EnumMap<>(AttendanceStatus.class);
        if (!isHeld(session)) {
            return new SessionRate(session.id(), false, counts, Optional.empty());
        }
        int counted = 0;
        long earned = 0;
        for (Member member : members) {
            if (session.time().end().isAfter(member.joinedAt())) {
                AttendanceStatus status = statusOf(session.id(), member.accountId()).orElse(AttendanceStatus.ABSENT);
                counts.merge(status, 1, Integer::sum);
                counted++;
                earned += points.of(status);
            }
        }
        return new SessionRate(session.id(), true, counts, counted == 0 ? Optional.empty() : Optional.of(percent(earned, counted)));
    }

    /** Whether the learner's attendance is enough to complete the class. */
    public boolean meetsThreshold(Member member) {
        return of(member).percent().map(p -> p.compareTo(BigDecimal.valueOf(thresholdPercent)) >= 0).orElse(false);
    }

    public Optional<AttendanceStatus> statusOf(long sessionId, long accountId) {
        return Optional.ofNullable(marksBySession.getOrDefault(sessionId, Map.of()).get(accountId));
    }

    private static BigDecimal percent(long earned, int sessions) {
        return BigDecimal.valueOf(earned).divide(BigDecimal.valueOf(sessions), 1, RoundingMode.HALF_UP);
    }
}
