package vn.hocso.quizzes.core;

import java.time.Instant;

/** Whether a submitted attempt's review may show right answers and feedback now. */
public final class ReviewPolicy {

    private ReviewPolicy() {
    }

    public static boolean showsAnswers(QuizSettings settings, boolean submitted, Instant now) {
        return submitted && switch (settings.reviewAfter()) {
            case SUBMIT -> true;
            case CLOSE -> settings.hasClosed(now);
            case NEVER -> false;
        };
    }
}
