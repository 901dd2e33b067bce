package vn.hocso.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.hocso.accounts.core.PasswordHasher;
import vn.hocso.accounts.core.RegistrationRules;
import vn.hocso.accounts.model.Account;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.FieldError;

/** Setting and confirming passwords, the same way wherever a service needs it. */
@ApplicationScoped
public class Passwords {

    private PasswordHasher hasher;
    private RegistrationRules rules;

    protected Passwords() {
    }

    @Inject
    public Passwords(PasswordHasher hasher, RegistrationRules rules) {
        this.hasher = hasher;
        this.rules = rules;
    }

    /** Fails on {@code field} unless {@code password} is the account's current one. */
    public void requireCurrent(Account account, String field, String password) {
        if (!hasher.matches(password, account.getPasswordHash())) {
            throw DomainException.invalid(field, "password.currentWrong");
        }
    }

    /** Checks the new password against the policy (errors on {@code field}), then stores its hash. */
    public void change(Account account, String field, String newPassword) {
        List<FieldError> errors = new ArrayList<>();
        rules.checkPassword(field, newPassword, account.getUsername(), errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        account.setPasswordHash(hasher.hash(newPassword));
    }
}
