package vn.hocso.accounts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hocso.accounts.service.DomainAssertions.assertFails;
import static vn.hocso.accounts.service.DomainAssertions.assertInvalid;
import static vn.hocso.accounts.service.ServiceFixture.PASSWORD;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.LoginThrottle;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.service.LoginResult.Outcome;
import vn.hocso.platform.audit.AuditEntry;
import vn.hocso.platform.errors.Failure;

class PasswordResetServiceTest {

    private static final String LEARNER = "0922222222";
    private static final String NEW_PASSWORD = "Cay-dua-xanh-biec";

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final Actor phuocHau = f.organizer("organizer-phuochau", "X-PH");
    private final long learnerId = f.learner(LEARNER, "Đặng Văn Ưng", "CD-HS").getId();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void organizerOfTheLearnersSubtreeIssuesATenCharacterCodeWithoutLookAlikes() {
        String code = issue();

        assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{10}");
        assertThat(f.tx(() -> f.audit.about("account:" + learnerId)))
                .extracting(AuditEntry::getActor, AuditEntry::getAction)
                .containsExactly(tuple("organizer-phuochau", "RESET_CODE_ISSUE"));
    }

    @Test
    void organizerOfAnotherCommuneIsForbidden() {
        Actor phuocDan = f.organizer("organizer-phuocdan", "X-PD");

        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> f.resets.issueCode(phuocDan, LEARNER)));
    }

    @Test
    void organizerCannotIssueACodeForAnAdministrator() {
        f.learner("0966666666", "Trần Quốc Bảo", "CD-HS");
        f.tx(() -> f.directory.grantRole(ServiceFixture.ADMIN, "0966666666", Role.ADMIN, null));

        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> f.resets.issueCode(phuocHau, "0966666666")));
    }

    @Test
    void learnerSetsANewPasswordWithTheCodeTypedLooselyAndLogsInWithIt() {
        String code = issue();
        String typed = " " + code.substring(0, 5).toLowerCase(Locale.ROOT) + " " + code.substring(5, 8) + "-" + code.substring(8);

        reset(typed, NEW_PASSWORD);

        assertThat(login(NEW_PASSWORD)).isEqualTo(Outcome.SUCCESS);
        assertThat(login(PASSWORD)).isEqualTo(Outcome.INVALID);
        assertThat(f.tx(() -> f.audit.about("account:" + learnerId))).extracting(AuditEntry::getAction)
                .containsExactly("RESET_CODE_ISSUE", "PASSWORD_RESET");
    }

    @Test
    void codeWorksOnlyOnce() {
        String code = issue();
        reset(code, NEW_PASSWORD);

        assertInvalid(() -> reset(code, "Mot-mat-khau-khac"), "code");
        assertThat(login(NEW_PASSWORD)).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void codeExpiresAfterItsLifetime() {
        String code = issue();
        f.clock.advance(Duration.ofHours(25));

        assertInvalid(() -> reset(code, NEW_PASSWORD), "code");
        assertThat(login(PASSWORD)).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void issuingANewCodeInvalidatesTheOldOne() {
        String old = issue();
        String fresh = issue();

        assertInvalid(() -> reset(old, NEW_PASSWORD), "code");
        reset(fresh, NEW_PASSWORD);
        assertThat(login(NEW_PASSWORD)).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void weakNewPasswordIsRefusedAndTheCodeStaysUsable() {
        String code = issue();

        assertInvalid(() -> reset(code, "matkhau123"), "newPassword");
        reset(code, NEW_PASSWORD);
        assertThat(login(NEW_PASSWORD)).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void wrongCodesCountAsFailedLoginsUntilTheLearnerMustWait() {
        String code = issue();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertInvalid(() -> reset("AAAAAAAAAA", NEW_PASSWORD), "code");
        }

        assertFails(Failure.TOO_MANY_ATTEMPTS, () -> reset(code, NEW_PASSWORD));
        assertThat(login(PASSWORD)).isEqualTo(Outcome.THROTTLED);

        f.clock.advance(Duration.ofMinutes(1));
        reset(code, NEW_PASSWORD);
        assertThat(login(NEW_PASSWORD)).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void unknownUsernameGetsTheSameAnswerAsAWrongCode() {
        assertInvalid(() -> reset("0999999999", "ABCDEFGHJK", NEW_PASSWORD), "code");
    }

    private String issue() {
        return f.tx(() -> f.resets.issueCode(phuocHau, LEARNER));
    }

    private void reset(String code, String newPassword) {
        reset(LEARNER, code, newPassword);
    }

    /** The service keeps what it wrote when it fails (a counted failure), as in the container. */
    private void reset(String username, String code, String newPassword) {
        f.txKeepingDomainFailures(() -> f.resets.resetPassword(username, code, newPassword));
    }

    private Outcome login(String password) {
        return f.tx(() -> f.login.authenticate(LEARNER, password)).outcome();
    }
}
