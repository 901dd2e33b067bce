package vn.hocso.quizzes.gift;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer of a question. {@code fraction} is the share of the mark it earns (−1 to 1; negative
 * only as a penalty in a multiple-answer question). A matching pair keeps its right-hand side in
 * {@code match}; a pair with an empty left side is an extra wrong right-hand side. A numerical
 * answer keeps {@code value} ± {@code tolerance}; both are null for every other answer, and for
 * the numerical catch-all ({@code ~#feedback}) that gives feedback to any other number.
 * Numbers are kept without trailing zeros, so equal numbers make equal answers.
 */
public record Answer(String text, BigDecimal fraction, String feedback, String match, BigDecimal value,
                     BigDecimal tolerance) {

    /** The text of the numerical catch-all answer, as Moodle stores it. */
    public static final String ANY_OTHER = "*";

    public Answer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(match, "match");
        fraction = Objects.requireNonNull(fraction, "fraction").stripTrailingZeros();
        if (fraction.compareTo(BigDecimal.ONE.negate()) < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("fraction out of -1..1: " + fraction);
        }
        if ((value == null) != (tolerance == null)) {
            throw new IllegalArgumentException("a numerical answer needs both value and tolerance");
        }
        if (value != null) {
            value = value.stripTrailingZeros();
            tolerance = tolerance.stripTrailingZeros();
            if (tolerance.signum() < 0) {
                throw new IllegalArgumentException("negative tolerance: " + tolerance);
            }
        }
    }

    /** An answer of a choice or short-answer question, or a true/false value. */
    public static Answer of(String text, BigDecimal fraction, String feedback) {
        return new Answer(text, fraction, feedback, "", null, null);
    }

    /** A matching pair; it counts towards the mark unless its left side is empty (a distractor). */
    public static Answer pair(String left, String right) {
        return new Answer(left, left.isBlank() ? BigDecimal.ZERO : BigDecimal.ONE, "", right, null, null);
    }

    public static Answer number(BigDecimal value, BigDecimal tolerance, BigDecimal fraction, String feedback) {
        return new Answer(value.stripTrailingZeros().toPlainString(), fraction, feedback, "", value, tolerance);
    }

    /** The numerical catch-all: no credit, and its feedback for any number no other answer accepts. */
    public static Answer anyOther(String feedback) {
        return of(ANY_OTHER, BigDecimal.ZERO, feedback);
    }

    public boolean isNumber() {
        return value != null;
    }

    public boolean isPair() {
        return !match.isEmpty();
    }
}
