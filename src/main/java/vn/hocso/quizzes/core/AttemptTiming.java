package vn.hocso.quizzes.core;

import java.time.Duration;
import java.time.Instant;

/**
 * The server's clock is the only one that counts: an attempt's deadline is fixed at its
 * start, and answers arriving a little late are accepted because phones on weak
 * connections send them late, not because the learner had more time.
 */
public final class AttemptTiming {

    /** How late an answer may arrive and still count, unless the operator sets another. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);

    private AttemptTiming() {
    }

    /** Start plus the time limit, but never after the quiz closes; null when neither limits it. */
    public static Instant deadline(Instant start, QuizSettings settings) {
        Instant byLimit = settings.timeLimitMinutes() > 0 ? start.plus(Duration.ofMinutes(settings.timeLimitMinutes())) : null;
        Instant closes = settings.closesAt();
        if (byLimit == null) {
            return closes;
        }
        return closes != null && closes.isBefore(byLimit) ? closes : byLimit;
    }

    public static boolean acceptsAnswers(Instant deadline, Instant now, Duration grace) {
        return deadline == null || !now.isAfter(deadline.plus(grace));
    }
}
