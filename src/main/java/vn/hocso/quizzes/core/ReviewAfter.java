package vn.hocso.quizzes.core;

import java.util.Locale;
import java.util.Optional;

/** When a learner may see the correct answers and feedback of a submitted attempt. */
public enum ReviewAfter {
    /** As soon as the attempt is submitted (practice quizzes). */
    SUBMIT,
    /** Once the quiz has closed for everybody (exams, contests). */
    CLOSE,
    /** Never: only the score is shown. */
    NEVER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewAfter> fromCode(String code) {
        for (ReviewAfter when : values()) {
            if (when.code().equals(code)) {
                return Optional.of(when);
            }
        }
        return Optional.empty();
    }
}
