package vn.hocso.quizzes.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Accepted answers {@code =Hà Nội =%50%Ha Noi}, each worth 100% unless weighted. */
final class ShortAnswers implements AnswerReader {

    @Override
    public List<Answer> read(Span block, Problems problems) {
        int problemsBefore = problems.count();
        List<Answer> answers = new ArrayList<>();
        for (Entries.Entry entry : Entries.split(block, "=")) {
            AnswerParts parts = AnswerParts.read(entry, BigDecimal.ONE, BigDecimal.ZERO, problems);
            answers.add(Answer.of(parts.requiredText(entry, problems), parts.fraction(), parts.feedback()));
        }
        if (problems.count() == problemsBefore) {
            FullCredit.require(block, answers, problems);
        }
        return answers;
    }
}
