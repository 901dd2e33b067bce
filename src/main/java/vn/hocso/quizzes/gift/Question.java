package vn.hocso.quizzes.gift;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One question as imported. {@code text} is what comes before the answer block; a missing-word
 * question goes on after the blank with {@code textAfter} (empty otherwise). {@code category}
 * comes from the last {@code $CATEGORY:} line, {@code name} from {@code ::name::}; both may be
 * empty. A true/false question has two answers, "true" then "false", the correct one with
 * fraction 1, each with the feedback shown to a learner who picks it. {@code line} is the 1-based
 * line where the question starts in its file (0 for a question that comes from no file).
 */
public record Question(QuestionType type, String category, String name, String text, String textAfter,
                       TextFormat format, List<Answer> answers, String generalFeedback, int line) {

    public static final String TRUE = "true";
    public static final String FALSE = "false";

    public Question {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textAfter, "textAfter");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(generalFeedback, "generalFeedback");
        answers = List.copyOf(answers);
        if (line < 0) {
            throw new IllegalArgumentException("negative line: " + line);
        }
        if (!fitsType(type, answers) || type == QuestionType.ESSAY && !textAfter.isEmpty()) {
            throw new IllegalArgumentException("answers do not fit a " + type + " question: " + answers);
        }
    }

    /** True when the answer block stands inside the sentence (Moodle's missing-word format). */
    public boolean hasBlank() {
        return !textAfter.isEmpty();
    }

    /** Only the last answer of a numerical question may be the catch-all for any other number. */
    private static boolean isNumberOrAnyOther(Answer answer) {
        return answer.isNumber() || answer.text().equals(Answer.ANY_OTHER) && !answer.isPair();
    }

    /** The shapes of answer list each type needs; the finer import rules live in the parsers. */
    private static boolean fitsType(QuestionType type, List<Answer> answers) {
        Predicate<Answer> plain = answer -> !answer.isPair() && !answer.isNumber();
        return switch (type) {
            case ESSAY -> answers.isEmpty();
            case TRUE_FALSE -> answers.size() == 2 && answers.stream().allMatch(plain)
                    && answers.get(0).text().equals(TRUE) && answers.get(1).text().equals(FALSE)
                    && answers.get(0).fraction().add(answers.get(1).fraction()).compareTo(BigDecimal.ONE) == 0
                    && answers.get(0).fraction().multiply(answers.get(1).fraction()).signum() == 0;
            case MULTIPLE_CHOICE -> answers.size() >= 2 && answers.stream().allMatch(plain)
                    && answers.stream().anyMatch(answer -> answer.fraction().compareTo(BigDecimal.ONE) == 0);
            case MULTIPLE_ANSWER -> answers.size() >= 2 && answers.stream().allMatch(plain);
            case SHORT_ANSWER -> !answers.isEmpty() && answers.stream().allMatch(plain);
            case MATCHING -> answers.stream().allMatch(answer -> answer.isPair() && !answer.isNumber())
                    && answers.stream().filter(answer -> !answer.text().isEmpty()).count() >= 2;
            case NUMERICAL -> !answers.isEmpty() && answers.get(0).isNumber() && answers.subList(0, answers.size() - 1).stream().allMatch(Answer::isNumber)
                    && isNumberOrAnyOther(answers.get(answers.size() - 1));
        };
    }
}
