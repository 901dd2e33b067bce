package vn.hocso.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import vn.hocso.accounts.core.ConsentPurpose;
import vn.hocso.accounts.core.Profile;
import vn.hocso.accounts.core.RegistrationRules;
import vn.hocso.accounts.core.Usernames;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Consent;
import vn.hocso.accounts.model.Unit;
import vn.hocso.platform.errors.FieldError;

/**
 * Writes a checked profile onto an account, keeping the consents in step with it: an
 * ethnicity is stored only with its own consent, a learner under 16 only with a guardian.
 * Shared by registration and by the learner's own profile page.
 */
@ApplicationScoped
public class ProfileWriter {

    private Clock clock;
    private UnitService units;

    protected ProfileWriter() {
    }

    @Inject
    public ProfileWriter(Clock clock, UnitService units) {
        this.clock = clock;
        this.units = units;
    }

    /** The unit the profile names, if it exists today; otherwise an error is added. */
    public Optional<Unit> unitForProfile(Profile profile, List<FieldError> errors) {
        if (profile == null || profile.unitCode() == null || profile.unitCode().isBlank()) {
            return Optional.empty();
        }
        Optional<Unit> unit = units.find(profile.unitCode().strip()).filter(u -> u.existsOn(LocalDate.now(clock)));
        if (unit.isEmpty()) {
            errors.add(FieldError.of("unitCode", "unit.unknown", profile.unitCode()));
        }
        return unit;
    }

    public void apply(Account account, Profile profile, Unit unit) {
        account.updateProfile(profile.fullName().strip(), profile.birthYear(), profile.gender(), unit, profile.flags());
        applyEthnicity(account, profile);
        applyGuardian(account, profile);
    }

    private void applyEthnicity(Account account, Profile profile) {
        account.recordEthnicity(profile.hasEthnicity() ? profile.ethnicity() : null);
        Optional<Consent> consent = account.activeConsent(ConsentPurpose.SENSITIVE_ETHNICITY);
        if (profile.hasEthnicity() && consent.isEmpty()) {
            account.consent(ConsentPurpose.SENSITIVE_ETHNICITY, Consent.GivenBy.SELF, PrivacyNotice.VERSION, clock.instant());
        } else if (!profile.hasEthnicity()) {
            consent.ifPresent(c -> c.withdraw(clock.instant()));
        }
    }

    private void applyGuardian(Account account, Profile profile) {
        if (!RegistrationRules.mayBeUnder16(profile.birthYear(), Year.now(clock))) {
            account.recordGuardian(null, null);
            return;
        }
        Profile.Guardian guardian = profile.guardian();
        account.recordGuardian(guardian.fullName().strip(), Usernames.normalizePhone(guardian.phone()).orElseThrow());
        boolean guardianConsented = account.getConsents().stream()
                .anyMatch(c -> c.isActive() && c.getPurpose() == ConsentPurpose.TRAINING && c.getGivenBy() == Consent.GivenBy.GUARDIAN);
        if (!guardianConsented) {
            account.consent(ConsentPurpose.TRAINING, Consent.GivenBy.GUARDIAN, PrivacyNotice.VERSION, clock.instant());
        }
    }
}
