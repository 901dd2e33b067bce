package vn.hocso.quizzes.gift;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one question block, each placed on the line of the offset it names. */
final class Problems {

    private final GiftBlocks.Block block;
    private final List<QuestionProblem> found = new ArrayList<>();

    Problems(GiftBlocks.Block block) {
        this.block = block;
    }

    void report(int offset, ImportMessage message, Object... arguments) {
        found.add(QuestionProblem.of(block.lineOf(offset), message, arguments));
    }

    /** How many so far: a reader compares counts to see whether its own part went wrong. */
    int count() {
        return found.size();
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<QuestionProblem> all() {
        return List.copyOf(found);
    }
}
