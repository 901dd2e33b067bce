package vn.hocso.classes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocso.platform.errors.DomainException;

class SessionPlanTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void everySaturdayForFourWeeksMakesFourSessionsAtTheSameLocalHours() {
        SessionPlan plan = new SessionPlan(LocalDate.of(2026, 12, 5), LocalTime.of(8, 0), LocalTime.of(10, 30),
                Set.of(DayOfWeek.SATURDAY), 4);

        assertThat(plan.times(VIETNAM)).extracting(SessionTime::start).containsExactly(
                Instant.parse("2026-12-05T01:00:00Z"), Instant.parse("2026-12-12T01:00:00Z"),
                Instant.parse("2026-12-19T01:00:00Z"), Instant.parse("2026-12-26T01:00:00Z"));
        assertThat(plan.times(VIETNAM)).allSatisfy(t -> assertThat(t.end()).isEqualTo(t.start().plusSeconds(150 * 60)));
    }

    @Test
    void severalWeekdaysRepeatInDateOrderStartingOnTheFirstDay() {
        // Wednesday 2 December: that week's Monday is before the first day and is skipped
        SessionPlan plan = new SessionPlan(LocalDate.of(2026, 12, 2), LocalTime.of(19, 0), LocalTime.of(21, 0),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), 2);

        assertThat(plan.times(VIETNAM)).extracting(t -> t.start().atZone(VIETNAM).toLocalDate()).containsExactly(
                LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 14));
    }

    @Test
    void aSingleSessionIsOnItsDayWhateverTheWeekday() {
        SessionPlan plan = SessionPlan.single(LocalDate.of(2026, 12, 3), LocalTime.of(14, 0), LocalTime.of(16, 0));

        assertThat(plan.times(VIETNAM)).singleElement()
                .satisfies(t -> assertThat(t.start()).isEqualTo(Instant.parse("2026-12-03T07:00:00Z")));
    }

    @Test
    void refusesAnEndBeforeTheStartAndWeeksOutOfRange() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThatThrownBy(() -> SessionPlan.single(day, LocalTime.of(10, 0), LocalTime.of(9, 0)))
                .isInstanceOf(DomainException.class).hasMessageContaining("session.endBeforeStart");
        assertThatThrownBy(() -> new SessionPlan(day, LocalTime.of(8, 0), LocalTime.of(9, 0), Set.of(), 0))
                .hasMessageContaining("session.weeksRange");
        assertThatThrownBy(() -> new SessionPlan(day, LocalTime.of(8, 0), LocalTime.of(9, 0), Set.of(), 53))
                .hasMessageContaining("session.weeksRange");
    }
}
