package vn.hocso.quizzes.gift;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one question block: {@code ::name::[format]text{answers####general feedback}text after}.
 * Follows Moodle's GIFT import, but refuses what Moodle would silently import as something the
 * author did not mean (see the problems in {@link ImportMessage}).
 */
final class QuestionReader {

    private static final String NAME_MARK = "::";
    private static final String GENERAL_FEEDBACK = "####";

    private static final Map<QuestionType, AnswerReader> READERS = Map.of(
            QuestionType.MULTIPLE_CHOICE, new ChoiceAnswers(),
            QuestionType.MULTIPLE_ANSWER, new ChoiceAnswers(),
            QuestionType.TRUE_FALSE, new TrueFalseAnswer(),
            QuestionType.SHORT_ANSWER, new ShortAnswers(),
            QuestionType.MATCHING, new MatchingAnswers(),
            QuestionType.NUMERICAL, new NumericalAnswers(),
            QuestionType.ESSAY, (answers, problems) -> List.of());

    private final GiftBlocks.Block block;
    private final Problems problems;

    private QuestionReader(GiftBlocks.Block block) {
        this.block = block;
        this.problems = new Problems(block);
    }

    /** The question, or the problems that keep it from being one. */
    static Optional<Question> read(GiftBlocks.Block block, List<QuestionProblem> found) {
        QuestionReader reader = new QuestionReader(block);
        Optional<Question> question = reader.read();
        found.addAll(reader.problems.all());
        return question;
    }

    private Optional<Question> read() {
        Span body = block.span().strip();
        int line = block.lineOf(body.start());
        String name = "";
        if (body.startsWith(NAME_MARK)) {
            int close = body.find(NAME_MARK, body.start() + NAME_MARK.length());
            if (close < 0) {
                problems.report(body.start(), ImportMessage.UNCLOSED_TITLE);
                return Optional.empty();
            }
            name = body.between(body.start() + NAME_MARK.length(), close).text();
            body = body.from(close + NAME_MARK.length()).strip();
        }
        Optional<AnswerBlock> braces = AnswerBlock.locate(body, problems);
        return braces.isEmpty() ? Optional.empty() : read(name, body, braces.get(), line);
    }

    private Optional<Question> read(String name, Span body, AnswerBlock braces, int line) {
        Span head = body.before(braces.open());
        FormatTag.unknownName(head).ifPresent(unknown -> problems.report(head.strip().start(), ImportMessage.UNKNOWN_FORMAT, unknown));
        FormatTag.Tagged tagged = FormatTag.read(head, TextFormat.MOODLE);
        String after = Escapes.unescape(body.from(braces.close() + 1).raw());
        boolean blank = !after.isBlank();
        // around a blank the text keeps its spaces, as Moodle keeps them around its "_____"
        String text = blank ? Escapes.unescape(tagged.text().raw()).stripLeading() : tagged.text().text();
        String textAfter = blank ? after.stripTrailing() : "";
        if (text.isBlank() && textAfter.isBlank()) {
            problems.report(body.start(), ImportMessage.QUESTION_TEXT_MISSING);
        }
        Span inside = body.between(braces.open() + 1, braces.close());
        int feedbackAt = inside.findLast(GENERAL_FEEDBACK);
        Span answers = (feedbackAt < 0 ? inside : inside.before(feedbackAt)).strip();
        String generalFeedback = feedbackAt < 0 ? "" : FormatTag.text(inside.from(feedbackAt + GENERAL_FEEDBACK.length()));
        Optional<QuestionType> type = TypeDetector.detect(answers, blank, problems);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<Answer> read = READERS.get(type.get()).read(answers, problems);
        return problems.any() ? Optional.empty() : Optional.of(new Question(type.get(), block.category(), name, text, textAfter,
                tagged.format(), read, generalFeedback, line));
    }
}
