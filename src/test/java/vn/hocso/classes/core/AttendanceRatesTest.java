package vn.hocso.classes.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceRatesTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T01:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private final List<AttendanceRates.Session> sessions = List.of(session(1, 0), session(2, 1), session(3, 2), session(4, 3));
    private final AttendanceRates.Member an = new AttendanceRates.Member(10, MONDAY.minus(WEEK));
    private final AttendanceRates.Member binh = new AttendanceRates.Member(11, MONDAY.minus(WEEK));

    private static AttendanceRates.Session session(long id, int week) {
        Instant start = MONDAY.plus(WEEK.multipliedBy(week));
        return new AttendanceRates.Session(id, new SessionTime(start, start.plus(Duration.ofHours(2))));
    }

    private static AttendanceRates.Mark mark(long session, long account, AttendanceStatus status) {
        return new AttendanceRates.Mark(session, account, status);
    }

    @Test
    void pointsPerStatusOverTheSessionsHeldAMissingMarkCountsAsAbsent() {
        // after the third session: An present, late, excused; Bình present, (no mark), absent
        Instant now = MONDAY.plus(WEEK.multipliedBy(2)).plus(Duration.ofHours(3));
        AttendanceRates rates = new AttendanceRates(sessions, List.of(
                mark(1, 10, AttendanceStatus.PRESENT), mark(2, 10, AttendanceStatus.LATE), mark(3, 10, AttendanceStatus.EXCUSED),
                mark(1, 11, AttendanceStatus.PRESENT), mark(3, 11, AttendanceStatus.ABSENT)),
                AttendancePoints.DEFAULT, 80, now);

        assertThat(rates.of(an).percent()).contains(new BigDecimal("66.7"));
        assertThat(rates.of(an).sessionsCounted()).isEqualTo(3);
        assertThat(rates.of(binh).percent()).contains(new BigDecimal("33.3"));
        assertThat(rates.of(binh).counts()).containsEntry(AttendanceStatus.ABSENT, 2).containsEntry(AttendanceStatus.PRESENT, 1);
        assertThat(rates.of(an).atRisk()).isTrue();
        assertThat(rates.of(sessions.get(1), List.of(an, binh)).percent()).as("session 2: late and absent").contains(new BigDecimal("25.0"));
        assertThat(rates.of(sessions.get(3), List.of(an, binh)).held()).as("next week's session").isFalse();
    }

    @Test
    void configurablePointsChangeTheRateAndTheThresholdDecidesCompletion() {
        Instant after = MONDAY.plus(WEEK.multipliedBy(4));
        List<AttendanceRates.Mark> marks = List.of(mark(1, 10, AttendanceStatus.PRESENT), mark(2, 10, AttendanceStatus.PRESENT),
                mark(3, 10, AttendanceStatus.PRESENT), mark(4, 10, AttendanceStatus.LATE));

        AttendanceRates moodle = new AttendanceRates(sessions, marks, AttendancePoints.DEFAULT, 90, after);
        AttendanceRates lenient = new AttendanceRates(sessions, marks, new AttendancePoints(100, 100, 50, 0), 90, after);

        assertThat(moodle.of(an).percent()).contains(new BigDecimal("87.5"));
        assertThat(moodle.meetsThreshold(an)).isFalse();
        assertThat(lenient.of(an).percent()).contains(new BigDecimal("100.0"));
        assertThat(lenient.meetsThreshold(an)).isTrue();
    }

    @Test
    void aLearnerWhoJoinedLateIsRatedOnTheSessionsSinceAndNobodyBeforeAnySession() {
        AttendanceRates.Member latecomer = new AttendanceRates.Member(12, MONDAY.plus(WEEK).plus(Duration.ofHours(5)));
        Instant now = MONDAY.plus(WEEK.multipliedBy(2)).plus(Duration.ofHours(3));
        AttendanceRates rates = new AttendanceRates(sessions, List.of(mark(3, 12, AttendanceStatus.PRESENT)),
                AttendancePoints.DEFAULT, 80, now);

        assertThat(rates.of(latecomer).sessionsCounted()).isEqualTo(1);
        assertThat(rates.of(latecomer).percent()).contains(new BigDecimal("100.0"));
        AttendanceRates before = new AttendanceRates(sessions, List.of(), AttendancePoints.DEFAULT, 80, MONDAY.minusSeconds(60));
        assertThat(before.of(an).percent()).isEmpty();
        assertThat(before.of(an).atRisk()).isFalse();
        assertThat(before.meetsThreshold(an)).isFalse();
    }

    @Test
    void aSessionWithMarksCountsAsHeldBeforeItEnds() {
        Instant during = MONDAY.plus(Duration.ofMinutes(30));
        AttendanceRates rates = new AttendanceRates(sessions, List.of(mark(1, 10, AttendanceStatus.PRESENT)),
                AttendancePoints.DEFAULT, 80, during);

        assertThat(rates.isHeld(sessions.get(0))).isTrue();
        assertThat(rates.of(binh).percent()).contains(new BigDecimal("0.0"));
    }
}
