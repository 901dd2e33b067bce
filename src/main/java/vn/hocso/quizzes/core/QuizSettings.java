package vn.hocso.quizzes.core;

import java.time.Instant;
import java.util.List;

/**
 * How a quiz is taken: pass mark, time limit (0 = none), attempts allowed (0 = any number)
 * and which counts, shuffled answers, questions drawn by category (none = every question,
 * in the file's order), when the review shows, and an optional window it is open in.
 */
public record QuizSettings(int passPercent, int timeLimitMinutes, int attemptsAllowed, GradingMethod grading,
                           boolean shuffleAnswers, List<DrawRule> draw, ReviewAfter reviewAfter,
                           Instant opensAt, Instant closesAt) {

    public QuizSettings {
        draw = List.copyOf(draw);
    }

    /** A quiz with only the two settings every quiz names, the rest as Moodle's defaults. */
    public static QuizSettings basic(int passPercent, int timeLimitMinutes) {
        return new QuizSettings(passPercent, timeLimitMinutes, 0, GradingMethod.HIGHEST, true, List.of(),
                ReviewAfter.SUBMIT, null, null);
    }

    public boolean isOpen(Instant now) {
        return (opensAt == null || !now.isBefore(opensAt)) && (closesAt == null || now.isBefore(closesAt));
    }

    public boolean hasClosed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }
}
