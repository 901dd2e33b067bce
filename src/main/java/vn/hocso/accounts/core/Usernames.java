package vn.hocso.accounts.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A username is a Vietnamese mobile number or an e-mail address. Both are normalised so
 * "+84 912 345 678" and "0912345678" name the same person, and e-mail case is ignored.
 */
public final class Usernames {

    public static final int MAX_LENGTH = 120;
    private static final Pattern PHONE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE_NOISE = Pattern.compile("[\\s.()-]");

    private Usernames() {
    }

    /** The canonical form, or empty when it is neither a mobile number nor an e-mail. */
    public static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        if (trimmed.contains("@")) {
            String email = trimmed.toLowerCase(Locale.ROOT);
            return EMAIL.matcher(email).matches() ? Optional.of(email) : Optional.empty();
        }
        return normalizePhone(trimmed);
    }

    public static Optional<String> normalizePhone(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = PHONE_NOISE.matcher(raw.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return PHONE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
