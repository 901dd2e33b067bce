package vn.hocso.quizzes.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import vn.hocso.quizzes.gift.Answer;
import vn.hocso.quizzes.gift.Question;
import vn.hocso.quizzes.gift.QuestionType;

/**
 * Grades one response to one question by Moodle's rules for its type. The question's mark is
 * never below zero: penalties only take back what other answers earned.
 *
 * @throws IllegalArgumentException (from every method) for a response of the wrong kind for the
 *     question, or naming an answer the question does not have
 */
public final class Grader {

    /** Moodle keeps fractions to seven decimals. */
    private static final int SCALE = 7;

    private Grader() {
    }

    /** Short answers are matched ignoring letter case, Moodle's default. */
    public static Grade grade(Question question, Response response) {
        return grade(question, response, LetterCase.IGNORED);
    }

    public static Grade grade(Question question, Response response, LetterCase letterCase) {
        if (question.type() == QuestionType.ESSAY) {
            return new Grade.NeedsManualGrading();
        }
        if (response instanceof Response.NoAnswer) {
            return new Grade.Scored(BigDecimal.ZERO);
        }
        List<Answer> answers = question.answers();
        BigDecimal fraction = switch (question.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> answer(answers, expect(question, response, Response.Choice.class).index()).fraction();
            case MULTIPLE_ANSWER -> expect(question, response, Response.Choices.class).indices().stream()
                    .map(index -> answer(answers, index).fraction())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            case SHORT_ANSWER -> shortAnswer(answers, expect(question, response, Response.Text.class).text(), letterCase);
            case NUMERICAL -> numerical(answers, expect(question, response, Response.Text.class).text());
            case MATCHING -> matching(answers, expect(question, response, Response.Matching.class).chosen());
            case ESSAY -> throw new IllegalStateException("essays are graded by hand");
        };
        return new Grade.Scored(fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE));
    }

    /** The first accepted answer the response matches gives its fraction, as in Moodle. */
    private static BigDecimal shortAnswer(List<Answer> answers, String typed, LetterCase letterCase) {
        if (typed.isBlank()) {
            return BigDecimal.ZERO;
        }
        return answers.stream().filter(answer -> ShortAnswerPattern.matches(answer.text(), typed, letterCase))
                .findFirst().map(Answer::fraction).orElse(BigDecimal.ZERO);
    }

    /** The best fraction among the answers whose value ± tolerance holds the number. */
    private static BigDecimal numerical(List<Answer> answers, String typed) {
        return TypedNumber.parse(typed).map(number -> answers.stream()
                        .filter(Answer::isNumber)
                        .filter(answer -> number.subtract(answer.value()).abs().compareTo(answer.tolerance()) <= 0)
                        .map(Answer::fraction)
                        .reduce(BigDecimal.ZERO, BigDecimal::max))
                .orElse(BigDecimal.ZERO);
    }

    /**
     * Each left side matched to a right side with its own text earns an equal share (two left
     * sides may share a right-hand text). Pairs with no left side are distractors, not counted.
     */
    private static BigDecimal matching(List<Answer> answers, Map<Integer, Integer> chosen) {
        chosen.forEach((left, right) -> {
            if (answer(answers, left).text().isEmpty()) {
                throw new IllegalArgumentException("answer " + left + " is a distractor, not a left side");
            }
            answer(answers, right);
        });
        long counted = answers.stream().filter(answer -> !answer.text().isEmpty()).count();
        long right = chosen.entrySet().stream()
                .filter(pair -> answers.get(pair.getValue()).match().equals(answers.get(pair.getKey()).match()))
                .count();
        return BigDecimal.valueOf(right).divide(BigDecimal.valueOf(counted), SCALE, RoundingMode.HALF_UP);
    }

    private static Answer answer(List<Answer> answers, int index) {
        if (index >= answers.size()) {
            throw new IllegalArgumentException("no answer " + index + " among " + answers.size());
        }
        return answers.get(index);
    }

    private static <R extends Response> R expect(Question question, Response response, Class<R> kind) {
        if (!kind.isInstance(response)) {
            throw new IllegalArgumentException("a " + question.type() + " question takes a " + kind.getSimpleName()
                    + " response, not " + response);
        }
        return kind.cast(response);
    }
}
