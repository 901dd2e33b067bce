package vn.hocso.quizzes.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format) into questions. Every
 * malformed question is reported, with its line; a file with any problem gives no questions.
 * Never throws, whatever the text.
 */
public final class GiftParser {

    private GiftParser() {
    }

    public static ParseResult parse(String gift) {
        List<Question> questions = new ArrayList<>();
        List<QuestionProblem> problems = new ArrayList<>();
        for (GiftBlocks.Block block : GiftBlocks.split(Objects.requireNonNullElse(gift, ""))) {
            QuestionReader.read(block, problems).ifPresent(questions::add);
        }
        return ParseResult.of(questions, problems);
    }
}
