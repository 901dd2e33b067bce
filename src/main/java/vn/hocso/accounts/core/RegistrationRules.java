package vn.hocso.accounts.core;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.hocso.platform.errors.FieldError;

/**
 * Checks a registration or a profile change before anything is stored and names every
 * field that is wrong. Whether the username is free and the unit exists needs the
 * database: the service adds those errors.
 */
public final class RegistrationRules {

    public static final int GUARDIAN_AGE = 16;
    public static final int MIN_AGE = 6;
    public static final int MAX_AGE = 110;
    public static final int MAX_NAME_LENGTH = 120;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}' .-]*");

    private final PasswordPolicy passwordPolicy;

    public RegistrationRules(PasswordPolicy passwordPolicy) {
        this.passwordPolicy = passwordPolicy;
    }

    public List<FieldError> check(Registration r, Year thisYear) {
        List<FieldError> errors = new ArrayList<>();
        if (Usernames.normalize(r.username()).isEmpty()) {
            errors.add(FieldError.of("username", "username.invalid"));
        }
        checkPassword("password", r.password(), r.username(), errors);
        if (!Boolean.TRUE.equals(r.trainingConsent())) {
            errors.add(FieldError.of("consents.training", "consent.trainingRequired"));
        }
        errors.addAll(checkProfile(r.profile(), thisYear));
        return errors;
    }

    public void checkPassword(String field, String password, String username, List<FieldError> errors) {
        passwordPolicy.problem(password, username)
                .ifPresent(key -> errors.add(FieldError.of(field, key, PasswordPolicy.MIN_LENGTH)));
    }

    public List<FieldError> checkProfile(Profile p, Year thisYear) {
        List<FieldError> errors = new ArrayList<>();
        if (p == null) {
            errors.add(FieldError.of("fullName", "field.required"));
            return errors;
        }
        checkName("fullName", p.fullName(), errors);
        checkBirthYear(p.birthYear(), thisYear, errors);
        if (p.gender() == null) {
            errors.add(FieldError.of("gender", "field.required"));
        }
        if (p.unitCode() == null || p.unitCode().isBlank()) {
            errors.add(FieldError.of("unitCode", "field.required"));
        }
        checkEthnicity(p, errors);
        if (p.birthYear() != null && mayBeUnder16(p.birthYear(), thisYear)) {
            checkGuardian(p.guardian(), errors);
        }
        return errors;
    }

    /**
     * With only a birth year we cannot tell whether a 16th birthday has passed, so anyone
     * who may still be 15 is treated as under 16: the law protects children, not dates.
     */
    public static boolean mayBeUnder16(int birthYear, Year thisYear) {
        return thisYear.getValue() - birthYear <= GUARDIAN_AGE;
    }

    private static void checkName(String field, String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of(field, "field.required"));
        } else if (name.strip().length() > MAX_NAME_LENGTH || !NAME.matcher(name.strip()).matches()) {
            errors.add(FieldError.of(field, "name.invalid", MAX_NAME_LENGTH));
        }
    }

    private static void checkBirthYear(Integer birthYear, Year thisYear, List<FieldError> errors) {
        int latest = thisYear.getValue() - MIN_AGE;
        int earliest = thisYear.getValue() - MAX_AGE;
        if (birthYear == null) {
            errors.add(FieldError.of("birthYear", "field.required"));
        } else if (birthYear > latest || birthYear < earliest) {
            errors.add(FieldError.of("birthYear", "birthYear.outOfRange", Integer.toString(earliest), Integer.toString(latest)));
        }
    }

    private static void checkEthnicity(Profile p, List<FieldError> errors) {
        if (!p.hasEthnicity()) {
            return;
        }
        if (!EthnicGroups.contains(p.ethnicity())) {
            errors.add(FieldError.of("ethnicity", "ethnicity.unknown"));
        }
        if (!Boolean.TRUE.equals(p.ethnicityConsent())) {
            errors.add(FieldError.of("consents.ethnicity", "consent.ethnicityRequired"));
        }
    }

    private static void checkGuardian(Profile.Guardian guardian, List<FieldError> errors) {
        if (guardian == null) {
            errors.add(FieldError.of("guardian.fullName", "guardian.required"));
            errors.add(FieldError.of("guardian.phone", "phone.invalid"));
            errors.add(FieldError.of("guardian.consent", "guardian.consentRequired"));
            return;
        }
        checkName("guardian.fullName", guardian.fullName(), errors);
        if (Usernames.normalizePhone(guardian.phone()).isEmpty()) {
            errors.add(FieldError.of("guardian.phone", "phone.invalid"));
        }
        if (!Boolean.TRUE.equals(guardian.consent())) {
            errors.add(FieldError.of("guardian.consent", "guardian.consentRequired"));
        }
    }
}
