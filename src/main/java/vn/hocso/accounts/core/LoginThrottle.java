package vn.hocso.accounts.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing: the first few failures are free, then each further
 * failure doubles the wait before the next try, and after {@link #LOCK_AFTER} failures
 * the account is locked for {@link #LOCK_DURATION}. A success resets the count.
 */
public final class LoginThrottle {

    public static final int FREE_FAILURES = 3;
    public static final int LOCK_AFTER = 10;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Duration FIRST_DELAY = Duration.ofSeconds(2);

    private LoginThrottle() {
    }

    /** The instant before which no password may be tried, if one applies now. */
    public static Optional<Instant> blockedUntil(int failures, Instant lastFailure, Instant lockedUntil, Instant now) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return Optional.of(lockedUntil);
        }
        if (failures < FREE_FAILURES || lastFailure == null || failures >= LOCK_AFTER) {
            return Optional.empty();
        }
        Instant next = lastFailure.plus(FIRST_DELAY.multipliedBy(1L << (failures - FREE_FAILURES)));
        return now.isBefore(next) ? Optional.of(next) : Optional.empty();
    }

    /** Whether the failure just counted should lock the account. */
    public static boolean locksAfter(int failures) {
        return failures >= LOCK_AFTER;
    }
}
