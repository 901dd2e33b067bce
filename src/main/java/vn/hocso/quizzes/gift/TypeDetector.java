package vn.hocso.quizzes.gift;

import java.util.Locale;
import java.util.Optional;

/** Tells a question's type from its answer block, in the order Moodle's GIFT import does. */
final class TypeDetector {

    private TypeDetector() {
    }

    /**
     * The type, or nothing after reporting why there is none. {@code answers} is stripped and
     * without general feedback; {@code blank} says the sentence goes on after the block.
     */
    static Optional<QuestionType> detect(Span answers, boolean blank, Problems problems) {
        if (answers.isBlank()) {
            if (blank) {
                problems.report(answers.start(), ImportMessage.EMPTY_ANSWER_BLOCK);
                return Optional.empty();
            }
            return Optional.of(QuestionType.ESSAY);
        }
        if (answers.startsWith("#")) {
            return Optional.of(QuestionType.NUMERICAL);
        }
        if (answers.find("~") >= 0) {
            return Optional.of(answers.find("=") >= 0 ? QuestionType.MULTIPLE_CHOICE : QuestionType.MULTIPLE_ANSWER);
        }
        if (answers.find("=") >= 0 && answers.find("->") >= 0) {
            return Optional.of(QuestionType.MATCHING);
        }
        String value = TrueFalseAnswer.value(answers);
        if (TrueFalseAnswer.VALUES.contains(value)) {
            return Optional.of(QuestionType.TRUE_FALSE);
        }
        if (TrueFalseAnswer.VALUES.contains(value.toUpperCase(Locale.ROOT))) {
            // Moodle would make {true} a short answer accepting "true"; surely a mistyped {TRUE}
            problems.report(answers.start(), ImportMessage.BAD_TRUE_FALSE, value);
            return Optional.empty();
        }
        return Optional.of(QuestionType.SHORT_ANSWER);
    }
}
