package vn.hocso.accounts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.LoginThrottle;

/** The login counters an Account keeps, exercised without a database. */
class AccountLoginBookkeepingTest {

    private static final Instant T0 = Instant.parse("2026-03-26T08:00:00Z");
    private static final Duration APART = Duration.ofMinutes(5);

    private final Account account = new Account("0912345678", "Nguyễn Thị Hoa", T0);

    /** Records {@code count} failures five minutes apart (longer than any wait below the lock); returns the last one's time. */
    private Instant fail(int count) {
        Instant at = T0;
        for (int i = 1; i <= count; i++) {
            at = T0.plus(APART.multipliedBy(i));
            account.recordFailedLogin(at);
        }
        return at;
    }

    @Test
    void twoFailuresCostNothing() {
        Instant last = fail(2);

        assertThat(account.loginBlockedUntil(last)).isEmpty();
    }

    @Test
    void theThirdFailureMakesTheNextTryWaitTwoSeconds() {
        Instant last = fail(3);

        assertThat(account.loginBlockedUntil(last)).contains(last.plusSeconds(2));
        assertThat(account.loginBlockedUntil(last.plusSeconds(2))).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        Instant last = fail(5);

        assertThat(account.loginBlockedUntil(last)).contains(last.plusSeconds(8));
    }

    @Test
    void theTenthFailureLocksTheAccountForFifteenMinutes() {
        Instant ninth = fail(9);
        assertThat(account.isLocked(ninth)).isFalse();

        Instant tenth = ninth.plus(APART);
        account.recordFailedLogin(tenth);

        Instant unlock = tenth.plus(LoginThrottle.LOCK_DURATION);
        assertThat(account.isLocked(tenth)).isTrue();
        assertThat(account.isLocked(unlock.minusSeconds(1))).isTrue();
        assertThat(account.loginBlockedUntil(tenth.plusSeconds(60))).contains(unlock);
        assertThat(account.isLocked(unlock)).isFalse();
        assertThat(account.loginBlockedUntil(unlock)).isEmpty();
    }

    @Test
    void afterALockEndsTheCountStartsAfresh() {
        Instant tenth = fail(10);
        Instant afterLock = tenth.plus(LoginThrottle.LOCK_DURATION);

        account.recordFailedLogin(afterLock);

        assertThat(account.loginBlockedUntil(afterLock)).isEmpty();
        assertThat(account.isLocked(afterLock)).isFalse();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        Instant last = fail(5);

        account.recordSuccessfulLogin();
        account.recordFailedLogin(last.plusSeconds(1));
        account.recordFailedLogin(last.plusSeconds(2));

        assertThat(account.loginBlockedUntil(last.plusSeconds(2))).isEmpty();
    }
}
