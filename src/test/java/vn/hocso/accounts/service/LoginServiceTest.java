package vn.hocso.accounts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocso.accounts.service.ServiceFixture.PASSWORD;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.LoginThrottle;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.service.LoginResult.Outcome;

class LoginServiceTest {

    private static final String LEARNER = "0912345678";
    private static final String WRONG = "not-the-password";

    private final ServiceFixture f = ServiceFixture.withUnits();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void rightPasswordGivesAnActorWithRolesAndScopes() {
        f.organizer("organizer-phuochau", "X-PH");

        LoginResult result = login("organizer-phuochau", PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.actor().username()).isEqualTo("organizer-phuochau");
        assertThat(result.actor().roles()).containsExactly(Role.ORGANIZER);
        assertThat(result.actor().scopes()).isEqualTo(Map.of(Role.ORGANIZER, "X-PH"));
    }

    @Test
    void usernameIsFoundInAnyPhoneForm() {
        f.learner(LEARNER, "Phạm Thị Mai", "CD-KP1");

        assertThat(login("+84 912 345 678", PASSWORD).actor().username()).isEqualTo(LEARNER);
    }

    @Test
    void wrongPasswordIsCountedAndASuccessResetsTheCount() {
        f.learner(LEARNER, "Phạm Thị Mai", "CD-KP1");

        assertThat(login(LEARNER, WRONG).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(login(LEARNER, WRONG).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(failedLogins()).isEqualTo(2);

        assertThat(login(LEARNER, PASSWORD).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(failedLogins()).isZero();
    }

    @Test
    void afterThreeFailuresEvenTheRightPasswordMustWait() {
        f.learner(LEARNER, "Phạm Thị Mai", "CD-KP1");
        failLogins(3);
        Instant thirdFailure = f.clock.instant();

        LoginResult throttled = login(LEARNER, PASSWORD);

        assertThat(throttled.outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(throttled.retryAt()).isEqualTo(thirdFailure.plusSeconds(2));
        assertThat(throttled.actor().isAuthenticated()).isFalse();

        f.clock.set(throttled.retryAt());
        assertThat(login(LEARNER, PASSWORD).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void tenFailuresLockTheAccountUntilTheLockEnds() {
        f.learner(LEARNER, "Phạm Thị Mai", "CD-KP1");
        LoginResult tenth = failLogins(LoginThrottle.LOCK_AFTER);
        Instant lockedAt = f.clock.instant();

        assertThat(tenth.outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(tenth.retryAt()).isEqualTo(lockedAt.plus(LoginThrottle.LOCK_DURATION));

        f.clock.advance(LoginThrottle.LOCK_DURATION.minusSeconds(1));
        assertThat(login(LEARNER, PASSWORD).outcome()).isEqualTo(Outcome.LOCKED);

        f.clock.advance(Duration.ofSeconds(1));
        assertThat(login(LEARNER, PASSWORD).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void unknownUsernameIsInvalid() {
        f.learner(LEARNER, "Phạm Thị Mai", "CD-KP1");

        LoginResult result = login("0987000000", PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(result.actor().isAuthenticated()).isFalse();
    }

    private LoginResult login(String username, String password) {
        return f.tx(() -> f.login.authenticate(username, password));
    }

    /** Fails {@code times} logins in a row, each as soon as it is allowed; returns the last result. */
    private LoginResult failLogins(int times) {
        LoginResult last = null;
        for (int i = 0; i < times; i++) {
            if (last != null && last.retryAt() != null) {
                f.clock.set(last.retryAt());
            }
            last = login(LEARNER, WRONG);
            assertThat(last.outcome()).isNotEqualTo(Outcome.SUCCESS);
        }
        return last;
    }

    private int failedLogins() {
        return f.inTransaction(em -> ((Number) em.createNativeQuery("select failed_logins from account where username = ?1")
                .setParameter(1, LEARNER).getSingleResult()).intValue());
    }
}
