package vn.hocso.accounts.core;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: at least ten characters, not one of the passwords that
 * attackers try first (a list that includes the Vietnamese favourites), and not built
 * from the username. Length beats composition rules, as NIST SP 800-63B advises.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final String COMMON_LIST = "common-passwords.txt";

    private final Set<String> commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords.stream()
                .map(p -> p.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The policy with the list shipped beside this class. */
    public static PasswordPolicy standard() {
        return new PasswordPolicy(Set.copyOf(ResourceLines.read(PasswordPolicy.class, COMMON_LIST)));
    }

    /** The message key of the first rule the password breaks, if any. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower) || isOneRepeatedUnit(lower)) {
            return Optional.of("password.common");
        }
        if (username != null && username.length() >= 4 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }

    /** "aaaaaaaaaa", "abcabcabcabc", "1212121212": one short unit repeated. */
    private static boolean isOneRepeatedUnit(String password) {
        for (int unit = 1; unit <= 3; unit++) {
            if (password.length() % unit == 0 && password.equals(password.substring(0, unit).repeat(password.length() / unit))) {
                return true;
            }
        }
        return false;
    }
}
