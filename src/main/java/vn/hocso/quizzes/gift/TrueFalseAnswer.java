package vn.hocso.quizzes.gift;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * {@code T}, {@code TRUE}, {@code F} or {@code FALSE}, then as in Moodle the feedback for a wrong
 * answer and then the one for a right answer: {@code {F#Chưa đúng…#Đúng…}}.
 */
final class TrueFalseAnswer implements AnswerReader {

    static final Set<String> VALUES = Set.of("T", "TRUE", "F", "FALSE");

    /** What decides that a block is true/false: the text before any feedback. */
    static String value(Span block) {
        return block.split("#", 2).get(0).strip().raw();
    }

    @Override
    public List<Answer> read(Span block, Problems problems) {
        List<Span> parts = block.split("#", 3);
        boolean correct = FormatTag.text(parts.get(0)).startsWith("T");
        String wrongFeedback = parts.size() > 1 ? FormatTag.text(parts.get(1)) : "";
        String rightFeedback = parts.size() > 2 ? FormatTag.text(parts.get(2)) : "";
        return List.of(
                Answer.of(Question.TRUE, correct ? BigDecimal.ONE : BigDecimal.ZERO, correct ? rightFeedback : wrongFeedback),
                Answer.of(Question.FALSE, correct ? BigDecimal.ZERO : BigDecimal.ONE, correct ? wrongFeedback : rightFeedback));
    }
}
