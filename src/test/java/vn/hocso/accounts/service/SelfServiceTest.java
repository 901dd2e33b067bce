package vn.hocso.accounts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hocso.accounts.service.DomainAssertions.assertInvalid;
import static vn.hocso.accounts.service.ServiceFixture.PASSWORD;
import static vn.hocso.accounts.service.ServiceFixture.START;
import static vn.hocso.accounts.service.ServiceFixture.registration;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.ConsentPurpose;
import vn.hocso.accounts.core.Gender;
import vn.hocso.accounts.core.PlanFlags;
import vn.hocso.accounts.core.Profile;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.AccountStatus;
import vn.hocso.accounts.model.Consent;
import vn.hocso.accounts.service.LoginResult.Outcome;
import vn.hocso.platform.audit.AuditEntry;

class SelfServiceTest {

    private static final String USERNAME = "0912345678";
    private static final String NEW_PASSWORD = "Cay-dua-xanh-biec";
    private static final Profile PROFILE = new Profile("Nguyễn Văn An", 1998, Gender.MALE, "CD-HS",
            new PlanFlags(true, false, false, false, true), "Chăm", true, null);
    private static final Profile CHILD = new Profile("Phạm Thị Mai", 2012, Gender.FEMALE, "CD-KP1", PlanFlags.NONE,
            null, null, new Profile.Guardian("Phạm Văn Bình", "0987654321", true));

    private final ServiceFixture f = ServiceFixture.withUnits();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void updateProfileStoresTheNewProfile() {
        Actor me = register(false);
        Profile moved = new Profile("Nguyễn Văn Anh", 1997, Gender.MALE, "X-PD", PlanFlags.NONE, "Chăm", true, null);

        f.tx(() -> f.self.updateProfile(me, moved));

        Account stored = f.stored(id(me));
        assertThat(stored.getFullName()).isEqualTo("Nguyễn Văn Anh");
        assertThat(stored.getBirthYear()).isEqualTo(1997);
        assertThat(stored.getUnit().getCode()).isEqualTo("X-PD");
        assertThat(stored.flags()).isEqualTo(PlanFlags.NONE);
        assertThat(stored.getEthnicity()).isEqualTo("Chăm");
        assertThat(f.tx(() -> f.audit.about("account:" + stored.getId()))).extracting(AuditEntry::getAction)
                .containsExactly("ACCOUNT_REGISTER", "PROFILE_UPDATE");
    }

    @Test
    void changedPasswordIsTheOneThatLogsIn() {
        Actor me = register(false);

        f.tx(() -> f.self.changePassword(me, PASSWORD, NEW_PASSWORD));

        assertThat(f.tx(() -> f.login.authenticate(USERNAME, NEW_PASSWORD)).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(f.tx(() -> f.login.authenticate(USERNAME, PASSWORD)).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndAStrongNewOne() {
        Actor me = register(false);

        assertInvalid(() -> f.tx(() -> f.self.changePassword(me, "wrong-current-password", NEW_PASSWORD)), "currentPassword");
        assertInvalid(() -> f.tx(() -> f.self.changePassword(me, PASSWORD, "matkhau123")), "newPassword");
        assertInvalid(() -> f.tx(() -> f.self.changePassword(me, PASSWORD, "short")), "newPassword");

        assertThat(f.tx(() -> f.login.authenticate(USERNAME, PASSWORD)).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void statisticsConsentCanBeWithdrawnAndGivenAgainKeepingItsHistory() {
        Actor me = register(true);

        f.clock.advance(Duration.ofDays(1));
        f.tx(() -> f.self.setConsent(me, ConsentPurpose.STATISTICS, false));
        f.clock.advance(Duration.ofDays(1));
        f.tx(() -> f.self.setConsent(me, ConsentPurpose.STATISTICS, true));

        Account stored = f.stored(id(me));
        assertThat(stored.getConsents()).filteredOn(c -> c.getPurpose() == ConsentPurpose.STATISTICS)
                .extracting(Consent::getGivenAt, Consent::getWithdrawnAt)
                .containsExactlyInAnyOrder(
                        tuple(START, START.plus(Duration.ofDays(1))),
                        tuple(START.plus(Duration.ofDays(2)), null));
        assertThat(stored.hasConsent(ConsentPurpose.STATISTICS)).isTrue();
    }

    @Test
    void withdrawingTheEthnicityConsentErasesTheEthnicity() {
        Actor me = register(false);

        f.tx(() -> f.self.setConsent(me, ConsentPurpose.SENSITIVE_ETHNICITY, false));

        Account stored = f.stored(id(me));
        assertThat(stored.getEthnicity()).isNull();
        assertThat(stored.hasConsent(ConsentPurpose.SENSITIVE_ETHNICITY)).isFalse();
        assertThat(stored.getConsents()).extracting(Consent::getPurpose).contains(ConsentPurpose.SENSITIVE_ETHNICITY);
    }

    @Test
    void trainingConsentIsWithdrawnOnlyByDeletingTheAccount() {
        Actor me = register(false);

        assertInvalid(() -> f.tx(() -> f.self.setConsent(me, ConsentPurpose.TRAINING, false)), "purpose");
        assertThat(f.stored(id(me)).hasConsent(ConsentPurpose.TRAINING)).isTrue();
    }

    @Test
    void exportContainsTheProfileRolesConsentsAndActivity() {
        Actor me = register(true);

        PersonalData data = f.tx(() -> f.self.exportData(me));

        assertThat(data.username()).isEqualTo(USERNAME);
        assertThat(data.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(data.birthYear()).isEqualTo(1998);
        assertThat(data.gender()).isEqualTo("MALE");
        assertThat(data.unitCode()).isEqualTo("CD-HS");
        assertThat(data.ethnicity()).isEqualTo("Chăm");
        assertThat(data.flags().unionMember()).isTrue();
        assertThat(data.roles()).containsExactly("LEARNER");
        assertThat(data.consents()).extracting(PersonalData.ConsentRecord::purpose)
                .containsExactlyInAnyOrder("TRAINING", "STATISTICS", "SENSITIVE_ETHNICITY");
        assertThat(data.activity()).extracting(PersonalData.Activity::action).containsExactly("ACCOUNT_REGISTER");
        assertThat(data.exportedAt()).isEqualTo(START);
    }

    @Test
    void deletingTheAccountErasesThePersonAndKeepsStatisticsTheyAgreedTo() {
        Actor me = register(true);
        long id = id(me);
        f.tx(() -> f.self.updateProfile(me, PROFILE));
        Actor organizer = f.organizer("organizer", "HD-NP");
        f.tx(() -> f.resets.issueCode(organizer, USERNAME));

        f.tx(() -> f.self.deleteAccount(me, PASSWORD));

        Account erased = f.stored(id);
        assertErased(erased, id);
        assertThat(erased.getBirthYear()).isEqualTo(1998);
        assertThat(erased.getGender()).isEqualTo(Gender.MALE);
        assertThat(erased.getUnit().getCode()).isEqualTo("CD-HS");
        assertThat(erased.flags()).isEqualTo(PROFILE.flags());
        assertThat(oneTimeCodes(id)).isZero();
        assertThat(auditEntriesBy(USERNAME)).isZero();
        assertThat(f.tx(() -> f.audit.about("account:" + id))).extracting(AuditEntry::getActor, AuditEntry::getAction)
                .containsExactly(
                        tuple("account:" + id, "ACCOUNT_REGISTER"),
                        tuple("account:" + id, "PROFILE_UPDATE"),
                        tuple("organizer", "RESET_CODE_ISSUE"),
                        tuple("account:" + id, "ACCOUNT_ERASE"));
        assertThat(f.tx(() -> f.login.authenticate(USERNAME, PASSWORD)).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void deletingTheAccountWithoutStatisticsConsentLeavesNothingAboutThePersonOrTheirGuardian() {
        Actor me = f.actorOf(f.register(registration(USERNAME, CHILD, false)));
        long id = id(me);

        f.tx(() -> f.self.deleteAccount(me, PASSWORD));

        Account erased = f.stored(id);
        assertErased(erased, id);
        assertThat(erased.getBirthYear()).isNull();
        assertThat(erased.getGender()).isNull();
        assertThat(erased.getUnit()).isNull();
        assertThat(erased.flags()).isEqualTo(PlanFlags.NONE);
    }

    @Test
    void deletedOrganizersUsernameDoesNotSurviveInTheCodesTheyIssued() {
        register(false);
        Actor organizer = f.organizer("0977777777", "X-PH");
        f.tx(() -> f.resets.issueCode(organizer, USERNAME));

        f.tx(() -> f.self.deleteAccount(organizer, PASSWORD));

        List<String> issuers = f.inTransaction(em -> em.createQuery("select c.createdBy from OneTimeCode c", String.class)
                .getResultList());
        assertThat(issuers).singleElement().asString().startsWith("account:");
        assertThat(auditEntriesBy("0977777777")).isZero();
    }

    @Test
    void deletingTheAccountNeedsThePassword() {
        Actor me = register(false);

        assertInvalid(() -> f.tx(() -> f.self.deleteAccount(me, "wrong-password-here")), "password");

        assertThat(f.stored(id(me)).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    private Actor register(boolean statisticsConsent) {
        return f.actorOf(f.register(registration(USERNAME, PROFILE, statisticsConsent)));
    }

    private long id(Actor actor) {
        return f.tx(() -> f.accounts.get(actor.username())).getId();
    }

    private static void assertErased(Account erased, long id) {
        assertThat(erased.getStatus()).isEqualTo(AccountStatus.ERASED);
        assertThat(erased.getUsername()).isEqualTo("erased-" + id);
        assertThat(erased.getPasswordHash()).isNull();
        assertThat(erased.getFullName()).isNull();
        assertThat(erased.getEthnicity()).isNull();
        assertThat(erased.getGuardianName()).isNull();
        assertThat(erased.getGuardianPhone()).isNull();
        assertThat(erased.getRoles()).isEmpty();
        assertThat(erased.getConsents()).allSatisfy(c -> assertThat(c.isActive()).isFalse());
    }

    private long oneTimeCodes(long accountId) {
        return f.inTransaction(em -> em.createQuery("select count(c) from OneTimeCode c where c.account.id = :id", Long.class)
                .setParameter("id", accountId).getSingleResult());
    }

    private long auditEntriesBy(String actor) {
        return f.inTransaction(em -> em.createQuery("select count(e) from AuditEntry e where e.actor = :actor", Long.class)
                .setParameter("actor", actor).getSingleResult());
    }
}
