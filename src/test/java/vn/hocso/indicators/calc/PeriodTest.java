package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTest {

    /** Ten days, so each day is a tenth of the period. */
    private static final Period TEN_DAYS = new Period(PeriodKind.CUSTOM, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10));

    @Test
    void theDecemberReportTouchesThirteenMonths() {
        Period december = ReportCalendar.PLAN_273.period(PeriodKind.DECEMBER_REPORT, 2026);

        assertThat(december.months()).hasSize(13).startsWith(YearMonth.of(2025, 12)).endsWith(YearMonth.of(2026, 12));
    }

    @Test
    void theJuneReportTouchesSevenMonthsInOrder() {
        Period june = ReportCalendar.PLAN_273.period(PeriodKind.JUNE_REPORT, 2026);

        assertThat(june.months()).containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2),
                YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6));
    }

    @Test
    void theJuneReportIsCutIntoTheHalfDecemberFiveWholeMonthsAndHalfJune() {
        Period june = ReportCalendar.PLAN_273.period(PeriodKind.JUNE_REPORT, 2026);

        assertThat(june.monthPieces()).extracting(Period::from, Period::to).containsExactly(
                tuple(LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 31)), tuple(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                tuple(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)), tuple(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                tuple(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)), tuple(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)),
                tuple(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 14)));
        assertThat(TEN_DAYS.monthPieces()).containsExactly(TEN_DAYS);
    }

    @Test
    void aPeriodWithinOneMonthTouchesThatMonthOnly() {
        assertThat(TEN_DAYS.months()).containsExactly(YearMonth.of(2026, 1));
    }

    @Test
    void nothingOfThePeriodHasGoneByBeforeItStarts() {
        assertThat(TEN_DAYS.elapsed(LocalDate.of(2025, 12, 31))).isZero();
    }

    @Test
    void eachDayGoneByCountsIncludingToday() {
        assertThat(TEN_DAYS.elapsed(LocalDate.of(2026, 1, 1))).isCloseTo(0.1, within(1e-9));
        assertThat(TEN_DAYS.elapsed(LocalDate.of(2026, 1, 5))).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void thePeriodHasGoneByOnItsLastDayAndAfter() {
        assertThat(TEN_DAYS.elapsed(LocalDate.of(2026, 1, 10))).isEqualTo(1.0);
        assertThat(TEN_DAYS.elapsed(LocalDate.of(2026, 5, 1))).isEqualTo(1.0);
    }

    @Test
    void aPeriodContainsBothItsFirstAndItsLastDay() {
        assertThat(TEN_DAYS.contains(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(TEN_DAYS.contains(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(TEN_DAYS.contains(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(TEN_DAYS.contains(LocalDate.of(2026, 1, 11))).isFalse();
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Period(PeriodKind.CUSTOM, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodKindsHaveShortCodesForLinks() {
        assertThat(PeriodKind.JUNE_REPORT.code()).isEqualTo("june");
        assertThat(PeriodKind.DECEMBER_REPORT.code()).isEqualTo("december");
        assertThat(PeriodKind.YEAR.code()).isEqualTo("year");
        for (PeriodKind kind : PeriodKind.values()) {
            assertThat(PeriodKind.fromCode(kind.code())).hasValue(kind);
        }
        assertThat(PeriodKind.fromCode("june_report")).isEmpty();
    }
}
