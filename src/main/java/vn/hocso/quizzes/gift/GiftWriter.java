package vn.hocso.quizzes.gift;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes questions in GIFT, laid out as Moodle exports them, so that {@link GiftParser} reads
 * the same questions back. Marks in texts are escaped and new lines written as {@code \n}.
 */
public final class GiftWriter {

    private static final String ARROW = "->";

    private GiftWriter() {
    }

    /**
     * @throws IllegalArgumentException for a text GIFT cannot say: "->" in the left side of a
     *     matching pair or in a short answer (GIFT has no escape for it)
     */
    public static String write(List<Question> questions) {
        StringBuilder gift = new StringBuilder();
        String category = "";
        for (Question question : questions) {
            if (!question.category().equals(category)) {
                category = question.category();
                gift.append("$CATEGORY: ").append(category).append("\n\n");
            }
            gift.append(question(question)).append("\n\n");
        }
        return gift.toString();
    }

    private static String question(Question question) {
        String name = question.name().isEmpty() ? "" : "::" + Escapes.escape(question.name()) + "::";
        String text = question.format() != TextFormat.MOODLE || needsTag(question.text())
                ? "[" + question.format().giftName() + "]" + Escapes.escape(question.text())
                : Escapes.escape(question.text());
        return name + text + "{" + answerBlock(question) + "}" + Escapes.escape(question.textAfter());
    }

    private static String answerBlock(Question question) {
        String generalFeedback = question.generalFeedback().isEmpty() ? "" : "####" + part(question.generalFeedback());
        List<Answer> answers = question.answers();
        return switch (question.type()) {
            case ESSAY -> generalFeedback;
            case TRUE_FALSE -> trueFalse(answers) + generalFeedback;
            case MULTIPLE_CHOICE -> lines(singleChoice(answers), generalFeedback);
            case MULTIPLE_ANSWER -> lines(answers.stream().map(answer -> choice(answer, false)).toList(), generalFeedback);
            case SHORT_ANSWER -> lines(answers.stream().map(GiftWriter::shortAnswer).toList(), generalFeedback);
            case NUMERICAL -> "#" + lines(answers.stream().map(GiftWriter::number).toList(), generalFeedback);
            case MATCHING -> lines(answers.stream().map(GiftWriter::pair).toList(), generalFeedback);
        };
    }

    /** One answer a line, tab-indented, the general feedback last. */
    private static String lines(List<String> answers, String generalFeedback) {
        String block = answers.stream().map(answer -> "\t" + answer + "\n").collect(Collectors.joining());
        return "\n" + block + (generalFeedback.isEmpty() ? "" : "\t" + generalFeedback + "\n");
    }

    /** {@code T#feedback when wrong#feedback when right}, Moodle's order. */
    private static String trueFalse(List<Answer> answers) {
        boolean isTrue = answers.get(0).fraction().signum() > 0;
        String right = answers.get(isTrue ? 0 : 1).feedback();
        String wrong = answers.get(isTrue ? 1 : 0).feedback();
        String value = isTrue ? "T" : "F";
        return value + (wrong.isEmpty() && right.isEmpty() ? "" : "#" + part(wrong)) + (right.isEmpty() ? "" : "#" + part(right));
    }

    /** The first fully right answer is marked {@code =}; any other keeps its weight after {@code ~}. */
    private static List<String> singleChoice(List<Answer> answers) {
        int right = IntStream.range(0, answers.size()).filter(i -> isFull(answers.get(i))).findFirst().orElse(-1);
        return IntStream.range(0, answers.size()).mapToObj(i -> choice(answers.get(i), i == right)).toList();
    }

    private static String choice(Answer answer, boolean theRightOne) {
        String mark = theRightOne ? "=" : answer.fraction().signum() == 0 ? "~" : "~" + weight(answer);
        return mark + part(answer.text()) + feedback(answer);
    }

    private static String shortAnswer(Answer answer) {
        if (answer.text().contains(ARROW)) {
            throw new IllegalArgumentException("GIFT cannot write a short answer containing ->: " + answer.text());
        }
        return "=" + fullOrWeight(answer) + part(answer.text()) + feedback(answer);
    }

    private static String number(Answer answer) {
        if (!answer.isNumber()) {
            return "~" + feedback(answer);
        }
        return "=" + fullOrWeight(answer) + answer.value().toPlainString() + ":" + answer.tolerance().toPlainString() + feedback(answer);
    }

    private static String pair(Answer answer) {
        if (answer.text().contains(ARROW)) {
            throw new IllegalArgumentException("GIFT cannot write a matching left side containing ->: " + answer.text());
        }
        return "=" + part(answer.text()) + " " + ARROW + " " + Escapes.escape(answer.match());
    }

    private static String fullOrWeight(Answer answer) {
        return isFull(answer) ? "" : weight(answer);
    }

    private static boolean isFull(Answer answer) {
        return answer.fraction().compareTo(BigDecimal.ONE) == 0;
    }

    private static String weight(Answer answer) {
        return "%" + answer.fraction().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String feedback(Answer answer) {
        return answer.feedback().isEmpty() ? "" : "#" + part(answer.feedback());
    }

    /**
     * An answer or feedback text. One that would be read as a format tag, a weight, a comment or
     * (first in the file) a byte-order mark gets a tag in front, which the parser takes off again.
     */
    private static String part(String text) {
        return (needsTag(text) ? "[" + TextFormat.MOODLE.giftName() + "]" : "") + Escapes.escape(text);
    }

    private static boolean needsTag(String text) {
        return text.startsWith("[") || text.startsWith("%") || text.startsWith("//") || text.startsWith("\uFEFF");
    }
}
