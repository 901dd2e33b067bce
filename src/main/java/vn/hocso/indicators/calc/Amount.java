package vn.hocso.indicators.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A count, or a share as numerator over denominator, before it is shown. */
public record Amount(long numerator, long denominator) {

    public static final Amount ZERO = new Amount(0, 0);

    public Amount plus(Amount other) {
        return new Amount(numerator + other.numerator, denominator + other.denominator);
    }

    /** The count, or the share in percent to one decimal; null for a share of nobody. */
    public BigDecimal value(boolean percent) {
        if (!percent) {
            return BigDecimal.valueOf(numerator);
        }
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
