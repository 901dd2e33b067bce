package vn.hocso.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hocso.accounts.core.ConsentPurpose;
import vn.hocso.accounts.core.PasswordHasher;
import vn.hocso.accounts.core.Registration;
import vn.hocso.accounts.core.RegistrationRules;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.Usernames;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Consent;
import vn.hocso.accounts.model.Unit;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.FieldError;

/** Public self-registration of learners. */
@ApplicationScoped
public class RegistrationService {

    private EntityManager em;
    private Clock clock;
    private Accounts accounts;
    private ProfileWriter profiles;
    private PasswordHasher hasher;
    private RegistrationRules rules;
    private AuditLog audit;

    protected RegistrationService() {
    }

    @Inject
    public RegistrationService(EntityManager em, Clock clock, Accounts accounts, ProfileWriter profiles,
                               PasswordHasher hasher, RegistrationRules rules, AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.accounts = accounts;
        this.profiles = profiles;
        this.hasher = hasher;
        this.rules = rules;
        this.audit = audit;
    }

    /** Creates the learner account, or fails naming every bad field at once. */
    @Transactional
    public Account register(Registration registration) {
        List<FieldError> errors = new ArrayList<>(rules.check(registration, Year.now(clock)));
        Optional<String> username = Usernames.normalize(registration.username());
        if (username.isPresent() && accounts.isTaken(username.get())) {
            errors.add(FieldError.of("username", "username.taken"));
        }
        Optional<Unit> unit = profiles.unitForProfile(registration.profile(), errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Account account = new Account(username.orElseThrow(), registration.profile().fullName().strip(), clock.instant());
        account.setPasswordHash(hasher.hash(registration.password()));
        profiles.apply(account, registration.profile(), unit.orElseThrow());
        account.consent(ConsentPurpose.TRAINING, Consent.GivenBy.SELF, PrivacyNotice.VERSION, clock.instant());
        if (Boolean.TRUE.equals(registration.statisticsConsent())) {
            account.consent(ConsentPurpose.STATISTICS, Consent.GivenBy.SELF, PrivacyNotice.VERSION, clock.instant());
        }
        account.grant(Role.LEARNER, null);
        persistUnique(account);
        audit.record(account.getUsername(), "ACCOUNT_REGISTER", "account:" + account.getId(), unit.get().getCode());
        return account;
    }

    /** Two people racing for one username: the database's unique key decides. */
    private void persistUnique(Account account) {
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            throw DomainException.invalid("username", "username.taken");
        }
    }
}
