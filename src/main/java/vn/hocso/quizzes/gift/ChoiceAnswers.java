package vn.hocso.quizzes.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Multiple choice ({@code =right ~wrong ~%50%partly right}) and, when no answer is marked
 * {@code =}, multiple answer ({@code ~%50%a ~%50%b ~%-100%c}).
 */
final class ChoiceAnswers implements AnswerReader {

    private static final int MINIMUM = 2;

    @Override
    public List<Answer> read(Span block, Problems problems) {
        List<Entries.Entry> entries = Entries.split(block, "~=");
        List<Entries.Entry> correct = entries.stream().filter(entry -> entry.marker() == '=').toList();
        if (correct.size() > 1) {
            // Moodle would accept either; authors who write this mean a multiple-answer question
            problems.report(correct.get(1).at(), ImportMessage.SEVERAL_CORRECT_MARKS);
        }
        int problemsBefore = problems.count();
        List<Answer> answers = new ArrayList<>();
        for (Entries.Entry entry : entries) {
            AnswerParts parts = parts(entry, problems);
            answers.add(Answer.of(parts.requiredText(entry, problems), parts.fraction(), parts.feedback()));
        }
        if (answers.size() < MINIMUM) {
            problems.report(block.start(), ImportMessage.TOO_FEW_ANSWERS, MINIMUM);
        } else if (correct.isEmpty() && problems.count() == problemsBefore) {
            checkWeights(block, answers, problems);
        }
        return answers;
    }

    private static AnswerParts parts(Entries.Entry entry, Problems problems) {
        if (entry.marker() != '=') {
            return AnswerParts.read(entry, BigDecimal.ZERO, Weights.PENALTY_LIMIT, problems);
        }
        if (Weights.opens(entry.body())) {
            // Moodle would keep "%50%" as part of a fully right answer's text
            problems.report(entry.at(), ImportMessage.WEIGHT_ON_CORRECT_MARK);
        }
        return AnswerParts.withFeedback(BigDecimal.ONE, entry.body());
    }

    private static void checkWeights(Span block, List<Answer> answers, Problems problems) {
        BigDecimal positive = answers.stream().map(Answer::fraction).filter(f -> f.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (positive.signum() == 0) {
            problems.report(block.start(), ImportMessage.NO_CORRECT_ANSWER);
        } else if (!Weights.makeHundred(positive)) {
            problems.report(block.start(), ImportMessage.WEIGHTS_NOT_HUNDRED, positive.movePointRight(2).stripTrailingZeros().toPlainString());
        }
    }
}
