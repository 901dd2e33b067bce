package vn.hocso.quizzes.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle's Aiken format: multiple-choice questions of one line of text, options
 * {@code A) …} or {@code A. …} one a line, then {@code ANSWER: B}. Follows Moodle's reader,
 * which skips lines shorter than two characters, and reports every malformed question.
 */
public final class AikenParser {

    private static final Pattern OPTION = Pattern.compile("([A-Z])[).][ \\t]?(.*)");
    private static final String ANSWER = "ANSWER:";
    private static final int MINIMUM_OPTIONS = 2;

    /** A question read up to, not yet including, its ANSWER line. */
    private record Open(int line, String text, List<String> labels, List<String> options) {
    }

    private final List<Question> questions = new ArrayList<>();
    private final List<QuestionProblem> problems = new ArrayList<>();
    private Open open;

    private AikenParser() {
    }

    public static ParseResult parse(String aiken) {
        AikenParser parser = new AikenParser();
        String[] lines = GiftBlocks.normalized(Objects.requireNonNullElse(aiken, "")).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.read(lines[i].strip(), i + 1);
        }
        parser.unfinished();
        return ParseResult.of(parser.questions, parser.problems);
    }

    private void read(String line, int number) {
        if (line.length() < 2) {
            return;
        }
        Matcher option = OPTION.matcher(line);
        if (!option.matches() && !line.startsWith(ANSWER)) {
            unfinished();
            open = new Open(number, line, new ArrayList<>(), new ArrayList<>());
        } else if (open == null) {
            problems.add(QuestionProblem.of(number, ImportMessage.AIKEN_QUESTION_NOT_STARTED));
        } else if (option.matches()) {
            option(option, number);
        } else {
            answer(line.substring(ANSWER.length()).strip(), number);
        }
    }

    private void option(Matcher option, int number) {
        String text = option.group(2).strip();
        if (text.isEmpty()) {
            problems.add(QuestionProblem.of(number, ImportMessage.ANSWER_TEXT_MISSING));
        }
        open.labels().add(option.group(1));
        open.options().add(text);
    }

    private void answer(String written, int number) {
        String letter = written.isEmpty() ? "" : written.substring(0, 1).toUpperCase(Locale.ROOT);
        int right = open.labels().indexOf(letter);
        if (open.options().size() < MINIMUM_OPTIONS) {
            problems.add(QuestionProblem.of(number, ImportMessage.AIKEN_TOO_FEW_OPTIONS, MINIMUM_OPTIONS));
        } else if (right < 0) {
            problems.add(QuestionProblem.of(number, ImportMessage.AIKEN_UNKNOWN_ANSWER, letter));
        } else if (open.options().stream().noneMatch(String::isEmpty)) {
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < open.options().size(); i++) {
                answers.add(Answer.of(open.options().get(i), i == right ? BigDecimal.ONE : BigDecimal.ZERO, ""));
            }
            questions.add(new Question(QuestionType.MULTIPLE_CHOICE, "", "", open.text(), "", TextFormat.PLAIN, answers, "", open.line()));
        }
        open = null;
    }

    /** A question still open when the next one starts, or at the end, lacks its ANSWER line. */
    private void unfinished() {
        if (open != null) {
            problems.add(QuestionProblem.of(open.line(), ImportMessage.AIKEN_ANSWER_LINE_MISSING));
        }
    }
}
