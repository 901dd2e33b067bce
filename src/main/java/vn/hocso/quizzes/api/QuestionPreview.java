package vn.hocso.quizzes.api;

import java.math.BigDecimal;
import java.util.List;
import vn.hocso.quizzes.gift.Answer;
import vn.hocso.quizzes.gift.Question;

/** Questions as read from an import, for authors to check before anything is stored: fractions included. */
public final class QuestionPreview {

    private QuestionPreview() {
    }

    public record Questions(List<QuestionDto> questions) {

        public static Questions of(List<Question> questions) {
            return new Questions(questions.stream().map(QuestionDto::of).toList());
        }
    }

    /** {@code text} as written (format says how); a missing-word question goes on with {@code textAfter}. */
    public record QuestionDto(String type, String name, String category, String text, String textAfter, String format,
                              List<AnswerDto> answers, String generalFeedback, int line) {

        static QuestionDto of(Question q) {
            return new QuestionDto(q.type().name(), q.name(), q.category(), q.text(), q.textAfter(), q.format().name(),
                    q.answers().stream().map(AnswerDto::of).toList(), q.generalFeedback(), q.line());
        }
    }

    /** {@code match} for matching pairs, {@code tolerance} for numbers; null otherwise. */
    public record AnswerDto(String text, BigDecimal fraction, String feedback, String match, BigDecimal tolerance) {

        static AnswerDto of(Answer a) {
            return new AnswerDto(a.text(), a.fraction(), a.feedback(), a.isPair() ? a.match() : null, a.tolerance());
        }
    }
}
