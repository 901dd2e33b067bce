package vn.hocso.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginThrottleTest {

    private static final Instant LAST_FAILURE = Instant.parse("2026-03-26T08:00:00Z");
    private static final Instant NOT_LOCKED = null;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void theFirstFailuresAreFree(int failures) {
        assertThat(LoginThrottle.blockedUntil(failures, LAST_FAILURE, NOT_LOCKED, LAST_FAILURE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"3, 2", "4, 4", "5, 8", "9, 128"})
    void eachFurtherFailureDoublesTheWait(int failures, long seconds) {
        assertThat(LoginThrottle.blockedUntil(failures, LAST_FAILURE, NOT_LOCKED, LAST_FAILURE))
                .contains(LAST_FAILURE.plusSeconds(seconds));
    }

    @Test
    void theWaitEndsWhenItsTimeHasCome() {
        Instant end = LAST_FAILURE.plusSeconds(2);

        assertThat(LoginThrottle.blockedUntil(3, LAST_FAILURE, NOT_LOCKED, end.minusMillis(1))).contains(end);
        assertThat(LoginThrottle.blockedUntil(3, LAST_FAILURE, NOT_LOCKED, end)).isEmpty();
    }

    @Test
    void aLockHoldsUntilItEnds() {
        Instant lockedUntil = LAST_FAILURE.plus(LoginThrottle.LOCK_DURATION);

        assertThat(LoginThrottle.blockedUntil(0, null, lockedUntil, lockedUntil.minusSeconds(1))).contains(lockedUntil);
        assertThat(LoginThrottle.blockedUntil(0, null, lockedUntil, lockedUntil)).isEmpty();
    }

    @Test
    void theTenthFailureLocksTheAccountForAQuarterOfAnHour() {
        assertThat(LoginThrottle.locksAfter(LoginThrottle.LOCK_AFTER - 1)).isFalse();
        assertThat(LoginThrottle.locksAfter(LoginThrottle.LOCK_AFTER)).isTrue();
        assertThat(LoginThrottle.LOCK_AFTER).isEqualTo(10);
        assertThat(LoginThrottle.LOCK_DURATION).isEqualTo(Duration.ofMinutes(15));
    }
}
