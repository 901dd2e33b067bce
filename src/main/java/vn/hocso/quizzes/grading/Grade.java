package vn.hocso.quizzes.grading;

import java.math.BigDecimal;
import java.util.Objects;

/** The outcome of grading one response: a fraction of the question's mark, or a person's job. */
public sealed interface Grade permits Grade.Scored, Grade.NeedsManualGrading {

    /** The share of the mark earned, from 0 to 1, kept without trailing zeros. */
    record Scored(BigDecimal fraction) implements Grade {
        public Scored {
            fraction = Objects.requireNonNull(fraction, "fraction").stripTrailingZeros();
            if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("fraction out of 0..1: " + fraction);
            }
        }
    }

    /** An essay: a trainer grades it. */
    record NeedsManualGrading() implements Grade {
    }
}
