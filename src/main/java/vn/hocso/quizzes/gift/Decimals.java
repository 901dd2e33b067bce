package vn.hocso.quizzes.gift;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Decimal numbers as GIFT writes them: {@code 3}, {@code -2.5}, {@code .5}, {@code 1e3}. */
public final class Decimals {

    /** A bounded exponent keeps a hostile "1e999999999" from turning into a billion digits. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

    private Decimals() {
    }

    public static Optional<BigDecimal> parse(String text) {
        String number = text.strip();
        return NUMBER.matcher(number).matches() ? Optional.of(new BigDecimal(number)) : Optional.empty();
    }
}
