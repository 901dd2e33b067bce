package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatusTest {

    /** Ten days, so on the fifth half of the period has gone by. */
    private static final Period TEN_DAYS = new Period(PeriodKind.CUSTOM, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10));
    private static final LocalDate BEFORE = LocalDate.of(2025, 12, 20);
    private static final LocalDate HALFWAY = LocalDate.of(2026, 1, 5);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 1, 10);
    private static final LocalDate AFTER = LocalDate.of(2026, 2, 1);
    private static final BigDecimal TEN = BigDecimal.TEN;

    private static Status status(String value, BigDecimal target, LocalDate today) {
        return Status.of(value == null ? null : new BigDecimal(value), target, TEN_DAYS, today);
    }

    @Test
    void reachingTheTargetMeetsItWhenever() {
        assertThat(status("10", TEN, HALFWAY)).isEqualTo(Status.MET);
        assertThat(status("12", TEN, AFTER)).isEqualTo(Status.MET);
        assertThat(status("10", TEN, BEFORE)).isEqualTo(Status.MET);
    }

    @Test
    void aShareMeetsATargetWrittenWithADifferentScale() {
        assertThat(Status.of(new BigDecimal("80.0"), new BigDecimal("80"), TEN_DAYS, AFTER)).isEqualTo(Status.MET);
    }

    @Test
    void keepingPaceWithThePeriodGoneByIsOnTrack() {
        assertThat(status("5", TEN, HALFWAY)).isEqualTo(Status.ON_TRACK);
        assertThat(status("7", TEN, HALFWAY)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void fallingBehindThePeriodGoneByIsBehind() {
        assertThat(status("4.9", TEN, HALFWAY)).isEqualTo(Status.BEHIND);
        assertThat(status("0", TEN, HALFWAY)).isEqualTo(Status.BEHIND);
    }

    @Test
    void beforeThePeriodStartsNothingIsBehind() {
        assertThat(status("0", TEN, BEFORE)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void onceThePeriodIsOverOnlyTheTargetCounts() {
        assertThat(status("9", TEN, LAST_DAY)).isEqualTo(Status.BEHIND);
        assertThat(status("9", TEN, AFTER)).isEqualTo(Status.BEHIND);
    }

    @Test
    void aValueWithoutTargetHasNoTarget() {
        assertThat(status("3", null, HALFWAY)).isEqualTo(Status.NO_TARGET);
    }

    @Test
    void withoutAValueThereIsNoDataEvenWithATarget() {
        assertThat(status(null, TEN, HALFWAY)).isEqualTo(Status.NO_DATA);
        assertThat(status(null, null, HALFWAY)).isEqualTo(Status.NO_DATA);
    }

    @Test
    void aTargetOfZeroIsMetByAnyValue() {
        assertThat(status("0", BigDecimal.ZERO, HALFWAY)).isEqualTo(Status.MET);
    }
}
