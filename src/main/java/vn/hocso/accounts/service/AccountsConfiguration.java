package vn.hocso.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.hocso.accounts.core.PasswordHasher;
import vn.hocso.accounts.core.PasswordPolicy;
import vn.hocso.accounts.core.RegistrationRules;

/** Makes the pure account rules injectable; they are immutable, so one of each is enough. */
@ApplicationScoped
public class AccountsConfiguration {

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }

    @Produces
    @Singleton
    RegistrationRules registrationRules() {
        return new RegistrationRules(PasswordPolicy.standard());
    }
}
