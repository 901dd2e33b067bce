package vn.hocso.indicators.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.hocso.courses.content.Category;
import vn.hocso.indicators.calc.Amount;
import vn.hocso.indicators.calc.LearnerFlag;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.PeriodKind;
import vn.hocso.indicators.calc.ReportCalendar;
import vn.hocso.indicators.calc.Roster;
import vn.hocso.indicators.calc.Tally;

class TallyCacheTest {

    private static final Period YEAR = new Period(PeriodKind.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final Period YEAR_DAYS = new Period(PeriodKind.CUSTOM, YEAR.from(), YEAR.to());
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
    private final List<Period> asked = new ArrayList<>();
    private final TallyCache cache = new TallyCache(clock, Duration.ofMinutes(5), background::add);

    /** Like the database: a row per month of the stretch, each saying which count made it (1 for the first, …). */
    private Tally count(Period stretch) {
        asked.add(stretch);
        return new Tally(stretch.months().stream().map(m -> new Tally.Row("HD-NP", m.toString(), asked.size(), 0)).toList());
    }

    private final Counting<Tally> counting = Counting.byMonth(this::count);

    private Map<String, Amount> served(Source source, Period period) {
        return served(source, period, counting);
    }

    private Map<String, Amount> served(Source source, Period period, Counting<?> counting) {
        return cache.byMonth(source, period, counting).tally().byKey(Set.of("HD-NP"));
    }

    private long served() {
        return served(COMPLETIONS, YEAR).values().stream().mapToLong(Amount::numerator).sum();
    }

    private static Period days(String from, String to) {
        return new Period(PeriodKind.CUSTOM, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void countsAreKeptForEveryDashboardUntilTheyAreTooOld() {
        assertThat(served()).as("twelve months of the first count").isEqualTo(12);
        now = now.plus(Duration.ofMinutes(4));

        assertThat(served()).isEqualTo(12);
        assertThat(background).isEmpty();
        assertThat(asked).containsExactly(days("2026-01-01", "2026-12-31"));
    }

    @Test
    void aPeriodMadeOfMonthsAlreadyCountedCountsOnlyTheDaysAtItsEnds() {
        served();

        assertThat(served(COMPLETIONS, days("2026-03-01", "2026-05-31"))).as("whole months, all kept")
                .containsOnlyKeys("2026-03", "2026-04", "2026-05");
        assertThat(asked).hasSize(1);
        Period window = days("2025-12-31", "2026-12-30");
        Map<String, Amount> windowed = served(COMPLETIONS, window);

        assertThat(asked).as("the day of 2025, and December 2026 up to the 30th")
                .containsExactly(days("2026-01-01", "2026-12-31"), days("2025-12-31", "2025-12-31"),
                        days("2026-12-01", "2026-12-30"));
        assertThat(windowed.get("2025-12").numerator()).isEqualTo(2);
        assertThat(windowed.get("2026-06").numerator()).as("kept from the year").isEqualTo(1);
        assertThat(windowed.get("2026-12").numerator()).as("the part month, counted for this window").isEqualTo(3);
        assertThat(served(COMPLETIONS, window)).isEqualTo(windowed);
        assertThat(asked).hasSize(3);
    }

    /**
     * Like the database: who enrolled each month of the stretch. Learner 1 every month,
     * learner 2 twice in March and twice in May, learner 3 in December.
     */
    private Roster learners(Period stretch) {
        asked.add(stretch);
        List<Roster.Sighting> sightings = new ArrayList<>();
        for (YearMonth month : stretch.months()) {
            sightings.add(new Roster.Sighting(month.toString(), 1, "HD-NP", 1));
            if (month.getMonthValue() == 3 || month.getMonthValue() == 5) {
                sightings.add(new Roster.Sighting(month.toString(), 2, "HD-NP", 2));
            }
            if (month.getMonthValue() == 12) {
                sightings.add(new Roster.Sighting(month.toString(), 3, "HD-NP", 1));
            }
        }
        return Roster.of(sightings);
    }

    @Test
    void distinctLearnersAreKeptAsWhoWasSeenEachMonthAndAWindowCountsEachOnceInTheMonthFirstSeen() {
        Source learners = Source.LEARNERS;
        Counting<Roster> people = Counting.peopleByMonth(this::learners);

        assertThat(served(learners, YEAR, people)).as("learner 1 in January, 2 in March, 3 in December")
                .containsOnlyKeys("2026-01", "2026-03", "2026-12")
                .allSatisfy((month, amount) -> assertThat(amount.numerator()).isOne());
        assertThat(served(learners, days("2026-03-01", "2026-05-31"), people))
                .as("a learner seen in March and in May is one learner of the spring, not two")
                .containsOnlyKeys("2026-03").extractingByKey("2026-03").extracting(Amount::numerator).isEqualTo(2L);
        assertThat(asked).as("the spring made of months kept for the year").hasSize(1);

        Map<String, Amount> window = served(learners, days("2025-12-31", "2026-12-30"), people);
        assertThat(window).containsOnlyKeys("2025-12", "2026-03");
        assertThat(window.get("2025-12").numerator()).as("learners 1 and 3 on the last day of 2025").isEqualTo(2);
        assertThat(asked).as("only the days at the ends counted").containsExactly(days("2026-01-01", "2026-12-31"),
                days("2025-12-31", "2025-12-31"), days("2026-12-01", "2026-12-30"));
    }

    @Test
    void enrolmentsAreCountedFromTheLearnersRostersWithoutAQueryOfTheirOwn() {
        served(Source.LEARNERS, YEAR, Counting.peopleByMonth(this::learners));
        Source enrolments = new Source(Source.Kind.ENROLMENTS, Set.of(), null, false);

        Map<String, Amount> counted = served(enrolments, YEAR, Counting.recordsOfPeople(this::learners));
        assertThat(counted.values().stream().mapToLong(Amount::numerator).sum())
                .as("12 of learner 1, 2 + 2 of learner 2, 1 of learner 3").isEqualTo(17);
        assertThat(counted.get("2026-03").numerator()).isEqualTo(3);
        assertThat(asked).as("the learners' rosters, counted once").hasSize(1);
    }

    @Test
    void firstCompletionsAreKeptForThePeriodAskedAndEveryoneFlaggedOnceForEveryPeriod() {
        Source completed = new Source(Source.Kind.FLAGGED_COMPLETED, Set.of(), LearnerFlag.OCOP_PRODUCER, true);
        Source flagged = new Source(Source.Kind.FLAGGED, Set.of(), LearnerFlag.OCOP_PRODUCER, false);
        Counting<Tally> byPeriod = Counting.byPeriod(this::count);
        Counting<Tally> timeless = Counting.timeless(this::count);

        served(completed, YEAR, byPeriod);
        served(completed, days("2026-03-01", "2026-05-31"), byPeriod);
        served(completed, new Period(PeriodKind.CUSTOM, YEAR.from(), YEAR.to()), byPeriod);
        assertThat(asked).containsExactly(days("2026-01-01", "2026-12-31"), days("2026-03-01", "2026-05-31"));

        asked.clear();
        served(flagged, YEAR, timeless);
        served(flagged, days("2024-03-01", "2024-05-31"), timeless);
        assertThat(asked).as("counted once, whatever the period").hasSize(1);
    }

    @Test
    void oldCountsAreServedWhileNewOnesAreMadeInTheBackgroundOnce() {
        served();
        Instant first = now;
        now = now.plus(Duration.ofMinutes(6));

        assertThat(served()).as("the old counts, at once").isEqualTo(12);
        assertThat(served()).isEqualTo(12);
        assertThat(background).as("one refresh of all stale months, not one per request or per month").hasSize(1);
        background.pop().run();
        assertThat(asked).as("November and December, still open; January to October settled, kept longer")
                .containsExactly(YEAR_DAYS, days("2026-11-01", "2026-12-31"));
        assertThat(served()).isEqualTo(10 + 2 * 2);
        assertThat(cache.byMonth(COMPLETIONS, YEAR, counting).computedAt()).as("the settled months' time").isEqualTo(first);
    }

    @Test
    void settledMonthsMayGetFourTimesAsOldAsTheMonthsStillOpen() {
        served();
        now = now.plus(Duration.ofMinutes(21));

        assertThat(served()).as("the open months counted again at once, the settled ones served").isEqualTo(10 + 2 * 2);
        assertThat(background).as("the settled months, stale after 20 minutes, refreshed in the background").hasSize(1);
        background.pop().run();
        assertThat(served()).isEqualTo(10 * 3 + 2 * 2);
    }

    @Test
    void countsNobodyAskedForInALongWhileAreMadeAgainBeforeTheyAreServed() {
        served();
        now = now.plus(Duration.ofMinutes(81));

        assertThat(served()).isEqualTo(24);
        assertThat(background).isEmpty();
    }

    @Test
    void theUsualPeriodsAreEachYearAndItsReportPeriodsFromTheOnesRunningTodayBack() {
        assertThat(CountWarmer.usual(ReportCalendar.PLAN_273, LocalDate.of(2026, 12, 6), 1)).extracting(Period::from, Period::to)
                .containsExactly(tuple(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                        tuple(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14)),
                        tuple(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14)),
                        tuple(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                        tuple(LocalDate.of(2024, 12, 15), LocalDate.of(2025, 6, 14)),
                        tuple(LocalDate.of(2024, 12, 15), LocalDate.of(2025, 12, 14)));
        assertThat(CountWarmer.usual(ReportCalendar.PLAN_273, LocalDate.of(2026, 12, 20), 0)).extracting(Period::from, Period::to)
                .as("after 14 December, the next report year, and still this calendar year")
                .containsExactly(tuple(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                        tuple(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 6, 14)),
                        tuple(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 12, 14)));
    }

    @Test
    void theWarmerCountsTheMonthsOfTheUsualPeriodsInAQueryPerYearAndThePartMonthsTheReportsEndWith() {
        List<Period> usual = CountWarmer.usual(ReportCalendar.PLAN_273, LocalDate.of(2026, 12, 6), 0);

        assertThat(counting.ahead(usual)).containsExactly(days("2025-12-15", "2025-12-31"), days("2026-01-01", "2026-12-31"),
                days("2026-06-01", "2026-06-14"), days("2026-12-01", "2026-12-14"));
        counting.ahead(usual).forEach(stretch -> cache.warm(COMPLETIONS, stretch, counting));
        asked.clear();
        usual.forEach(period -> served(COMPLETIONS, period));
        assertThat(asked).as("every piece of every usual period kept").isEmpty();
    }

    @Test
    void theWarmerKeepsEveryYearWithRecordsOrAsManyAsItIsToldIfFewer() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        Optional<LocalDate> since2021 = Optional.of(LocalDate.of(2021, 3, 1));

        assertThat(CountWarmer.yearsBefore(today, since2021, Optional.empty())).isEqualTo(5);
        assertThat(CountWarmer.yearsBefore(today, since2021, Optional.of(2))).isEqualTo(2);
        assertThat(CountWarmer.yearsBefore(today, since2021, Optional.of(10))).as("no year before the first record").isEqualTo(5);
        assertThat(CountWarmer.yearsBefore(today, Optional.empty(), Optional.empty())).as("no record yet: this year").isZero();
        assertThat(CountWarmer.yearsBefore(today, Optional.of(LocalDate.of(2027, 1, 1)), Optional.empty())).isZero();
    }

    @Test
    void theWarmerCountsTheMonthsStillOpenEveryRoundAndSettledOnesEveryFourth() {
        List<Period> usual = CountWarmer.usual(ReportCalendar.PLAN_273, LocalDate.of(2026, 12, 6), 0);
        Runnable round = () -> counting.ahead(usual).forEach(stretch -> cache.warm(COMPLETIONS, stretch, counting));
        round.run();
        asked.clear();

        for (int minutes = 5; minutes <= 15; minutes += 5) {
            now = now.plus(Duration.ofMinutes(5));
            round.run();
        }
        assertThat(asked).as("November and December, three rounds").containsExactly(
                days("2026-11-01", "2026-12-31"), days("2026-12-01", "2026-12-14"),
                days("2026-11-01", "2026-12-31"), days("2026-12-01", "2026-12-14"),
                days("2026-11-01", "2026-12-31"), days("2026-12-01", "2026-12-14"));
        asked.clear();
        now = now.plus(Duration.ofMinutes(5));
        round.run();
        assertThat(asked).as("the fourth round: the settled months too").contains(days("2025-12-15", "2025-12-31"),
                days("2026-01-01", "2026-12-31"));
        usual.forEach(period -> served(COMPLETIONS, period));
        assertThat(background).as("nothing the warmer keeps is stale to a request").isEmpty();
    }

    @Test
    void anotherSourceOrPeriodIsCountedAfresh() {
        served();
        Source narrower = new Source(Source.Kind.COMPLETIONS, Set.of(Category.CYBER_SAFETY), null, false);

        assertThat(served(narrower, YEAR).get("2026-01").numerator()).isEqualTo(2);
        Period june = new Period(PeriodKind.JUNE_REPORT, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14));
        assertThat(served(COMPLETIONS, june).get("2025-12").numerator()).isEqualTo(3);
    }

    @Test
    void aRefreshAFullExecutorRefusesIsAskedForAgainByTheNextRequest() {
        AtomicBoolean full = new AtomicBoolean(true);
        TallyCache busy = new TallyCache(clock, Duration.ofMinutes(5), task -> {
            if (full.get()) {
                throw new RejectedExecutionException("full");
            }
            background.add(task);
        });
        busy.byMonth(COMPLETIONS, YEAR, counting);
        now = now.plus(Duration.ofMinutes(6));

        assertThat(busy.byMonth(COMPLETIONS, YEAR, counting).computedAt()).as("the old counts, at once").isBefore(now);
        full.set(false);
        busy.byMonth(COMPLETIONS, YEAR, counting);

        assertThat(background).as("the refresh the full executor refused, asked again").hasSize(1);
    }

    @Test
    void withNoMaximumAgeNothingIsKept() {
        TallyCache none = new TallyCache(clock, Duration.ZERO, background::add);
        none.byMonth(COMPLETIONS, YEAR, counting);

        assertThat(none.byMonth(COMPLETIONS, YEAR, counting).tally().total(Set.of("HD-NP")).numerator()).isEqualTo(24);
    }
}
