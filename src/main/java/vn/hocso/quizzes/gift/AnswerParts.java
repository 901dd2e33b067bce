package vn.hocso.quizzes.gift;

import java.math.BigDecimal;
import java.util.List;

/** An answer as {@code %weight%text#feedback}, the weight and the feedback optional. */
record AnswerParts(BigDecimal fraction, Span text, String feedback) {

    static AnswerParts read(Entries.Entry entry, BigDecimal otherwise, BigDecimal lowest, Problems problems) {
        Weights.Weighted weighted = Weights.read(entry.body(), otherwise, lowest, problems);
        return withFeedback(weighted.fraction(), weighted.rest());
    }

    /** Splits at the first unescaped {@code #}: the answer before it, its feedback after. */
    static AnswerParts withFeedback(BigDecimal fraction, Span answer) {
        List<Span> parts = answer.split("#", 2);
        return new AnswerParts(fraction, parts.get(0), parts.size() > 1 ? FormatTag.text(parts.get(1)) : "");
    }

    /** The answer's text, or empty after reporting it missing. */
    String requiredText(Entries.Entry entry, Problems problems) {
        String answer = FormatTag.text(text);
        if (answer.isEmpty()) {
            problems.report(entry.at(), ImportMessage.ANSWER_TEXT_MISSING);
        }
        return answer;
    }
}
