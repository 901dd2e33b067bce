package vn.hocso.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.ConsentPurpose;
import vn.hocso.accounts.core.Profile;
import vn.hocso.accounts.core.RegistrationRules;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Consent;
import vn.hocso.accounts.model.Unit;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.FieldError;

/** What a person does with their own account: profile, password, consents, data, deletion. */
@ApplicationScoped
public class SelfService {

    private EntityManager em;
    private Clock clock;
    private Accounts accounts;
    private ProfileWriter profiles;
    private Passwords passwords;
    private RegistrationRules rules;
    private AuditLog audit;

    protected SelfService() {
    }

    @Inject
    public SelfService(EntityManager em, Clock clock, Accounts accounts, ProfileWriter profiles,
                       Passwords passwords, RegistrationRules rules, AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.accounts = accounts;
        this.profiles = profiles;
        this.passwords = passwords;
        this.rules = rules;
        this.audit = audit;
    }

    public Account me(Actor actor) {
        Access.requireAuthenticated(actor);
        return accounts.get(actor.username());
    }

    @Transactional
    public void updateProfile(Actor actor, Profile profile) {
        Account account = me(actor);
        List<FieldError> errors = new ArrayList<>(rules.checkProfile(profile, Year.now(clock)));
        Optional<Unit> unit = profiles.unitForProfile(profile, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        profiles.apply(account, profile, unit.orElseThrow());
        audit.record(actor.username(), "PROFILE_UPDATE", target(account), null);
    }

    @Transactional
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        Account account = me(actor);
        passwords.requireCurrent(account, "currentPassword", currentPassword);
        passwords.change(account, "newPassword", newPassword);
        audit.record(actor.username(), "PASSWORD_CHANGE", target(account), null);
    }

    /**
     * Agrees to, or withdraws, one purpose. Training consent cannot be withdrawn here:
     * without it there is no account, so that is what deleting the account is for.
     */
    @Transactional
    public void setConsent(Actor actor, ConsentPurpose purpose, boolean granted) {
        Account account = me(actor);
        if (purpose == ConsentPurpose.TRAINING) {
            throw DomainException.invalid("purpose", "consent.trainingNeedsDeletion");
        }
        Optional<Consent> active = account.activeConsent(purpose);
        if (granted && active.isEmpty()) {
            if (purpose == ConsentPurpose.SENSITIVE_ETHNICITY) {
                throw DomainException.invalid("purpose", "consent.ethnicityViaProfile");
            }
            account.consent(purpose, Consent.GivenBy.SELF, PrivacyNotice.VERSION, clock.instant());
        } else if (!granted && active.isPresent()) {
            active.get().withdraw(clock.instant());
            if (purpose == ConsentPurpose.SENSITIVE_ETHNICITY) {
                account.recordEthnicity(null);
            }
        }
        audit.record(actor.username(), granted ? "CONSENT_GIVE" : "CONSENT_WITHDRAW", target(account), purpose.name());
    }

    public PersonalData exportData(Actor actor) {
        Account account = me(actor);
        return PersonalData.of(account, audit.about(target(account)), clock.instant());
    }

    /** Erases the person; asks for the password so a borrowed phone cannot do it. */
    @Transactional
    public void deleteAccount(Actor actor, String password) {
        Account account = me(actor);
        passwords.requireCurrent(account, "password", password);
        String target = target(account);
        audit.pseudonymise(account.getUsername(), target);
        // An organizer's username also sits on the reset codes they issued to others.
        em.createQuery("update OneTimeCode c set c.createdBy = :target where c.createdBy = :username")
                .setParameter("target", target).setParameter("username", account.getUsername()).executeUpdate();
        account.erase(clock.instant());
        em.createQuery("delete from OneTimeCode c where c.account = :account").setParameter("account", account).executeUpdate();
        audit.record(target, "ACCOUNT_ERASE", target, null);
    }

    static String target(Account account) {
        return "account:" + account.getId();
    }
}
