package vn.hocso.quizzes.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** The {@code %50%} that may open an answer: its share of the mark in percent. */
final class Weights {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal PENALTY_LIMIT = HUNDRED.negate();

    private static final Pattern PERCENT = Pattern.compile("-?\\d+(\\.\\d*)?");

    /** An answer's fraction and what follows its weight. */
    record Weighted(BigDecimal fraction, Span rest) {
    }

    private Weights() {
    }

    static boolean opens(Span answer) {
        return answer.strip().startsWith("%");
    }

    /**
     * Reads the weight at the start of {@code answer}; without one the answer gets {@code otherwise}.
     * A weight must be a number of percent from {@code lowest} to 100.
     */
    static Weighted read(Span answer, BigDecimal otherwise, BigDecimal lowest, Problems problems) {
        Span text = answer.strip();
        if (!text.startsWith("%")) {
            return new Weighted(otherwise, text);
        }
        int close = text.raw().indexOf('%', 1);
        if (close < 0) {
            problems.report(text.start(), ImportMessage.BAD_WEIGHT, text.raw().split("\\s", 2)[0]);
            return new Weighted(otherwise, text);
        }
        String written = text.raw().substring(0, close + 1);
        Span rest = text.from(text.start() + close + 1);
        String percent = written.substring(1, close);
        if (!PERCENT.matcher(percent).matches()) {
            problems.report(text.start(), ImportMessage.BAD_WEIGHT, written);
            return new Weighted(otherwise, rest);
        }
        BigDecimal weight = new BigDecimal(percent);
        if (weight.compareTo(lowest) < 0 || weight.compareTo(HUNDRED) > 0) {
            problems.report(text.start(), ImportMessage.WEIGHT_OUT_OF_RANGE, written, lowest.toPlainString(), "100");
            return new Weighted(otherwise, rest);
        }
        return new Weighted(weight.movePointLeft(2), rest);
    }

    /** Moodle's rule for multiple answers: the positive weights, rounded to a hundredth, make 100%. */
    static boolean makeHundred(BigDecimal positiveFractions) {
        return positiveFractions.setScale(2, RoundingMode.HALF_UP).compareTo(BigDecimal.ONE) == 0;
    }
}
