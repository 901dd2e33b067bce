package vn.hocso.quizzes.gift;

import java.math.BigDecimal;
import java.util.List;

/** Moodle's rule for short-answer and numerical questions: some answer earns the whole mark. */
final class FullCredit {

    private FullCredit() {
    }

    static void require(Span block, List<Answer> answers, Problems problems) {
        if (answers.stream().noneMatch(answer -> answer.fraction().compareTo(BigDecimal.ONE) == 0)) {
            problems.report(block.start(), ImportMessage.NO_FULL_CREDIT);
        }
    }
}
