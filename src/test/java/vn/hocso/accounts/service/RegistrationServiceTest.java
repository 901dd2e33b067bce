package vn.hocso.accounts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hocso.accounts.service.DomainAssertions.assertInvalid;
import static vn.hocso.accounts.service.ServiceFixture.PASSWORD;
import static vn.hocso.accounts.service.ServiceFixture.START;
import static vn.hocso.accounts.service.ServiceFixture.adultProfile;
import static vn.hocso.accounts.service.ServiceFixture.registration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.ConsentPurpose;
import vn.hocso.accounts.core.Gender;
import vn.hocso.accounts.core.PlanFlags;
import vn.hocso.accounts.core.Profile;
import vn.hocso.accounts.core.Registration;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Consent;

class RegistrationServiceTest {

    private final ServiceFixture f = ServiceFixture.withUnits();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void validRegistrationStoresALearnerWithAHashedPasswordAndTrainingConsent() {
        long id = f.register(registration("0912345678", adultProfile("CD-HS"), false)).getId();

        Account stored = f.stored(id);
        assertThat(stored.getUsername()).isEqualTo("0912345678");
        assertThat(stored.getFullName()).isEqualTo("Nguyễn Văn An");
        assertThat(stored.getUnit().getCode()).isEqualTo("CD-HS");
        assertThat(stored.getPasswordHash()).doesNotContain(PASSWORD).startsWith("pbkdf2-sha256$");
        assertThat(f.hasher.matches(PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(stored.roleSet()).containsExactly(Role.LEARNER);
        assertThat(stored.getConsents())
                .extracting(Consent::getPurpose, Consent::getGivenBy, Consent::getNoticeVersion, Consent::getGivenAt)
                .containsExactly(tuple(ConsentPurpose.TRAINING, Consent.GivenBy.SELF, PrivacyNotice.VERSION, START));
        assertThat(f.tx(() -> f.audit.about("account:" + id))).extracting("action").containsExactly("ACCOUNT_REGISTER");
    }

    @Test
    void tickedStatisticsConsentIsStoredBesideTheTrainingConsent() {
        long id = f.register(registration("an@example.vn", adultProfile("X-PH"), true)).getId();

        assertThat(f.stored(id).getConsents())
                .extracting(Consent::getPurpose, Consent::getNoticeVersion, Consent::getGivenAt)
                .containsExactlyInAnyOrder(
                        tuple(ConsentPurpose.TRAINING, PrivacyNotice.VERSION, START),
                        tuple(ConsentPurpose.STATISTICS, PrivacyNotice.VERSION, START));
    }

    @Test
    void ethnicityIsStoredWithItsOwnSensitiveDataConsent() {
        long id = f.register(registration("0912345678", withEthnicity(adultProfile("X-PH"), "Chăm", true), false)).getId();

        Account stored = f.stored(id);
        assertThat(stored.getEthnicity()).isEqualTo("Chăm");
        assertThat(stored.activeConsent(ConsentPurpose.SENSITIVE_ETHNICITY)).hasValueSatisfying(c -> {
            assertThat(c.getGivenBy()).isEqualTo(Consent.GivenBy.SELF);
            assertThat(c.getGivenAt()).isEqualTo(START);
        });
    }

    @Test
    void ethnicityWithoutItsConsentIsRefusedAndNothingIsStored() {
        assertInvalid(() -> f.register(registration("0912345678", withEthnicity(adultProfile("X-PH"), "Chăm", false), false)),
                "consents.ethnicity");

        assertThat(f.tx(() -> f.accounts.find("0912345678"))).isEmpty();
    }

    @Test
    void learnerUnder16IsStoredWithTheGuardianAndTheGuardiansConsent() {
        Profile child = new Profile("Phạm Thị Mai", 2012, Gender.FEMALE, "CD-KP1", PlanFlags.NONE, null, null,
                new Profile.Guardian("Phạm Văn Bình", "+84 987 654 321", true));

        long id = f.register(registration("0356789012", child, false)).getId();

        Account stored = f.stored(id);
        assertThat(stored.getGuardianName()).isEqualTo("Phạm Văn Bình");
        assertThat(stored.getGuardianPhone()).isEqualTo("0987654321");
        assertThat(stored.getConsents()).extracting(Consent::getPurpose, Consent::getGivenBy)
                .contains(tuple(ConsentPurpose.TRAINING, Consent.GivenBy.GUARDIAN));
    }

    @Test
    void takenUsernameIsRefusedAlsoWhenWrittenInTheInternationalForm() {
        f.register(registration("0912345678", adultProfile("X-PH"), false));

        var failure = assertInvalid(() -> f.register(registration("+84912345678", adultProfile("X-PD"), false)), "username");

        assertThat(failure.errors().get(0).messageKey()).isEqualTo("username.taken");
    }

    @Test
    void unknownUnitIsRefused() {
        var failure = assertInvalid(() -> f.register(registration("0912345678", adultProfile("X-NOWHERE"), false)), "unitCode");

        assertThat(failure.errors().get(0).messageKey()).isEqualTo("unit.unknown");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        f.register(registration("0912345678", adultProfile("X-PH"), false));

        Registration bad = new Registration("0912 345 678", "short", adultProfile("X-NOWHERE"), null, false);

        assertInvalid(() -> f.register(bad), "username", "password", "consents.training", "unitCode");
    }

    private static Profile withEthnicity(Profile p, String ethnicity, boolean consent) {
        return new Profile(p.fullName(), p.birthYear(), p.gender(), p.unitCode(), p.flags(), ethnicity, consent, p.guardian());
    }
}
