package vn.hocso.quizzes.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import vn.hocso.quizzes.gift.Answer;
import vn.hocso.quizzes.gift.Question;
import vn.hocso.quizzes.grading.Response;

/**
 * What a learner answered, in the ids the attempt showed (choice n = the n-th choice shown;
 * matching item n = the pair at index n-1), turned into the grader's answer indices.
 */
public sealed interface LearnerResponse {

    /** Nothing answered (yet). */
    record None() implements LearnerResponse {
    }

    record Choice(int id) implements LearnerResponse {
    }

    record Choices(Set<Integer> ids) implements LearnerResponse {

        public Choices {
            ids = Set.copyOf(ids);
        }
    }

    record Text(String text) implements LearnerResponse {
    }

    /** Item id to choice id. */
    record Matching(Map<Integer, Integer> chosen) implements LearnerResponse {

        public Matching {
            chosen = Map.copyOf(chosen);
        }
    }

    /** The grader's response; IllegalArgumentException for a kind or an id this question did not show. */
    static Response toGraded(LearnerResponse given, Question question, List<Integer> choiceOrder) {
        if (given instanceof None) {
            return new Response.NoAnswer();
        }
        return switch (question.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> new Response.Choice(index(choiceOrder, expect(given, Choice.class).id()));
            case MULTIPLE_ANSWER -> {
                Set<Integer> indices = new HashSet<>();
                expect(given, Choices.class).ids().forEach(id -> indices.add(index(choiceOrder, id)));
                yield new Response.Choices(indices);
            }
            case SHORT_ANSWER, NUMERICAL, ESSAY -> new Response.Text(expect(given, Text.class).text());
            case MATCHING -> {
                Map<Integer, Integer> chosen = new HashMap<>();
                List<Integer> items = matchingItems(question);
                expect(given, Matching.class).chosen().forEach((item, choice) -> {
                    if (!items.contains(item - 1)) {
                        throw new IllegalArgumentException("no matching item " + item);
                    }
                    chosen.put(item - 1, index(choiceOrder, choice));
                });
                yield new Response.Matching(chosen);
            }
        };
    }

    /** The pairs a learner matches (those with a left-hand side), by index. */
    static List<Integer> matchingItems(Question question) {
        List<Answer> answers = question.answers();
        return IntStream.range(0, answers.size()).filter(i -> !answers.get(i).text().isBlank()).boxed().toList();
    }

    private static int index(List<Integer> choiceOrder, int id) {
        if (id < 1 || id > choiceOrder.size()) {
            throw new IllegalArgumentException("no choice " + id);
        }
        return choiceOrder.get(id - 1);
    }

    private static <T extends LearnerResponse> T expect(LearnerResponse given, Class<T> kind) {
        if (!kind.isInstance(given)) {
            throw new IllegalArgumentException("a " + kind.getSimpleName() + " answer was expected");
        }
        return kind.cast(given);
    }
}
