package vn.hocso.quizzes.grading;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A learner's response to one question. Answers are named by their index in the question's
 * answer list; the attempt layer maps the shuffled order it showed back to these indices.
 */
public sealed interface Response permits Response.NoAnswer, Response.Choice, Response.Choices, Response.Text, Response.Matching {

    /** Nothing given: no credit (an essay still goes to manual grading). */
    record NoAnswer() implements Response {
    }

    /** The one answer picked: multiple choice, or true/false (0 is "true", 1 is "false"). */
    record Choice(int index) implements Response {
        public Choice {
            requireIndex(index);
        }
    }

    /** The answers ticked in a multiple-answer question. */
    record Choices(Set<Integer> indices) implements Response {
        public Choices {
            indices = Set.copyOf(indices);
            indices.forEach(Response::requireIndex);
        }
    }

    /** A typed answer: short answer, numerical or essay. */
    record Text(String text) implements Response {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** For each left side (index of its pair) the pair whose right side the learner chose. */
    record Matching(Map<Integer, Integer> chosen) implements Response {
        public Matching {
            chosen = Map.copyOf(chosen);
            chosen.forEach((left, right) -> {
                requireIndex(left);
                requireIndex(right);
            });
        }
    }

    private static void requireIndex(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative answer index: " + index);
        }
    }
}
