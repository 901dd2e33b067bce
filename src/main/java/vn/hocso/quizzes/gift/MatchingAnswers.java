package vn.hocso.quizzes.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * Matching pairs {@code =left -> right}. As in Moodle's matching questions, at least two pairs
 * and three right-hand sides: {@code = -> extra} adds a right-hand side that matches nothing.
 */
final class MatchingAnswers implements AnswerReader {

    private static final int MINIMUM_PAIRS = 2;
    private static final int MINIMUM_RIGHT_SIDES = 3;

    private static final String ARROW = "->";

    @Override
    public List<Answer> read(Span block, Problems problems) {
        int problemsBefore = problems.count();
        List<Answer> pairs = new ArrayList<>();
        for (Entries.Entry entry : Entries.split(block, "=")) {
            int arrow = entry.body().find(ARROW);
            if (arrow < 0) {
                problems.report(entry.at(), ImportMessage.PAIR_WITHOUT_ARROW, entry.body().text());
                continue;
            }
            String right = entry.body().from(arrow + ARROW.length()).text();
            if (right.isEmpty()) {
                problems.report(entry.at(), ImportMessage.ANSWER_TEXT_MISSING);
                continue;
            }
            pairs.add(Answer.pair(FormatTag.text(entry.body().before(arrow)), right));
        }
        long counted = pairs.stream().filter(pair -> !pair.text().isEmpty()).count();
        if (problems.count() == problemsBefore && (counted < MINIMUM_PAIRS || pairs.size() < MINIMUM_RIGHT_SIDES)) {
            problems.report(block.start(), ImportMessage.TOO_FEW_PAIRS, MINIMUM_PAIRS, MINIMUM_RIGHT_SIDES);
        }
        return pairs;
    }
}
