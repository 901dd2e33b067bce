package vn.hocso.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.LoginThrottle;
import vn.hocso.accounts.core.PasswordHasher;
import vn.hocso.accounts.model.Account;

/**
 * Checks a username and password for the login form and for HTTP Basic alike. Failures
 * are counted per account: after a few, each try must wait longer, then the account
 * locks for a while ({@link LoginThrottle}).
 */
@ApplicationScoped
public class LoginService {

    private Clock clock;
    private Accounts accounts;
    private PasswordHasher hasher;
    /** Compared against when the username is unknown, so timing does not reveal which names exist. */
    private String decoyHash;

    protected LoginService() {
    }

    @Inject
    public LoginService(Clock clock, Accounts accounts, PasswordHasher hasher) {
        this.clock = clock;
        this.accounts = accounts;
        this.hasher = hasher;
        this.decoyHash = hasher.hash("decoy-password-never-matches");
    }

    @Transactional
    public LoginResult authenticate(String username, String password) {
        Optional<Account> found = accounts.find(username).filter(a -> a.getPasswordHash() != null);
        if (found.isEmpty()) {
            hasher.matches(password, decoyHash);
            return LoginResult.invalid();
        }
        Account account = found.get();
        Instant now = clock.instant();
        Optional<Instant> blocked = account.loginBlockedUntil(now);
        if (blocked.isPresent()) {
            return new LoginResult(lockedOrThrottled(account, now), Actor.ANONYMOUS, blocked.get());
        }
        if (!hasher.matches(password, account.getPasswordHash())) {
            account.recordFailedLogin(now);
            return account.loginBlockedUntil(now)
                    .map(until -> new LoginResult(lockedOrThrottled(account, now), Actor.ANONYMOUS, until))
                    .orElse(LoginResult.invalid());
        }
        account.recordSuccessfulLogin();
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.setPasswordHash(hasher.hash(password));
        }
        return LoginResult.success(Accounts.toActor(account));
    }

    private static LoginResult.Outcome lockedOrThrottled(Account account, Instant now) {
        return account.isLocked(now) ? LoginResult.Outcome.LOCKED : LoginResult.Outcome.THROTTLED;
    }
}
