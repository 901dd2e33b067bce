package vn.hocso.indicators.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.hocso.courses.content.Category;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.PeriodKind;
import vn.hocso.indicators.calc.ReportCalendar;
import vn.hocso.indicators.calc.Tally;

class TallyCacheTest {

    private static final Period YEAR = new Period(PeriodKind.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final Source COMPLETIONS = new Source(Source.Kind.COMPLETIONS, Set.of(), null, false);

    private Instant now = Instant.parse("2026-12-06T01:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final AtomicInteger counted = new AtomicInteger();
    private final TallyCache cache = new TallyCache(clock, Duration.ofMinutes(5), background::add);

    private Tally count() {
        return new Tally(List.of(new Tally.Row("HD-NP", "2026-12", counted.incrementAndGet(), 0)));
    }

    private long served() {
        return cache.byMonth(COMPLETIONS, YEAR, this::count).tally().total(Set.of("HD-NP")).numerator();
    }

    @Test
    void countsAreKeptForEveryDashboardUntilTheyAreTooOld() {
        assertThat(served()).isEqualTo(1);
        now = now.plus(Duration.ofMinutes(4));

        assertThat(served()).isEqualTo(1);
        assertThat(background).isEmpty();
        assertThat(counted).hasValue(1);
    }

    @Test
    void oldCountsAreServedWhileNewOnesAreMadeInTheBackgroundOnce() {
        served();
        now = now.plus(Duration.ofMinutes(6));

        assertThat(served()).as("the old counts, at once").isEqualTo(1);
        assertThat(served()).isEqualTo(1);
        assertThat(background).as("one refresh, not one per request").hasSize(1);
        background.pop().run();
        assertThat(served()).isEqualTo(2);
        assertThat(cache.byMonth(COMPLETIONS, YEAR, this::count).computedAt()).isEqualTo(now);
    }

    @Test
    void countsNobodyAskedForInALongWhileAreMadeAgainBeforeTheyAreServed() {
        served();
        now = now.plus(Duration.ofMinutes(21));

        assertThat(served()).isEqualTo(2);
        assertThat(background).isEmpty();
    }

    @Test
    void theUsualPeriodsAreThisYearAndTheReportPeriodsRunningToday() {
        assertThat(CountWarmer.usual(ReportCalendar.PLAN_273, LocalDate.of(2026, 12, 6))).extracting(Period::from, Period::to)
                .containsExactly(tuple(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                        tuple(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14)),
                        tuple(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14)));
        assertThat(CountWarmer.usual(ReportCalendar.PLAN_273, LocalDate.of(2026, 12, 20)).get(2).to())
                .isEqualTo(LocalDate.of(2027, 12, 14));
    }

    @Test
    void anotherSourceOrPeriodIsCountedAfresh() {
        served();
        Source narrower = new Source(Source.Kind.COMPLETIONS, Set.of(Category.CYBER_SAFETY), null, false);

        assertThat(cache.byMonth(narrower, YEAR, this::count).tally().total(Set.of("HD-NP")).numerator()).isEqualTo(2);
        Period june = new Period(PeriodKind.JUNE_REPORT, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14));
        assertThat(cache.byMonth(COMPLETIONS, june, this::count).tally().total(Set.of("HD-NP")).numerator()).isEqualTo(3);
    }

    @Test
    void withNoMaximumAgeNothingIsKept() {
        TallyCache none = new TallyCache(clock, Duration.ZERO, background::add);
        none.byMonth(COMPLETIONS, YEAR, this::count);

        assertThat(none.byMonth(COMPLETIONS, YEAR, this::count).tally().total(Set.of("HD-NP")).numerator()).isEqualTo(2);
    }
}
