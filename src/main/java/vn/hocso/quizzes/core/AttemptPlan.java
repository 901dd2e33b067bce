package vn.hocso.quizzes.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import vn.hocso.quizzes.gift.Answer;
import vn.hocso.quizzes.gift.Question;

/**
 * Fixes an attempt's questions and the order of their choices when it starts, on the
 * server, so a reload or another device shows exactly the same attempt.
 */
public final class AttemptPlan {

    private AttemptPlan() {
    }

    /** A question of the bank, by its stored id. */
    public record BankEntry(long id, Question question) {
    }

    /**
     * A question placed in the attempt. {@code choiceOrder} lists answer indices in the order
     * shown (choice id n is the n-th): every answer of a choice question, and for matching
     * one pair per distinct right-hand side; empty for typed answers.
     */
    public record Placed(long questionId, List<Integer> choiceOrder) {

        public Placed {
            choiceOrder = List.copyOf(choiceOrder);
        }
    }

    public static List<Placed> plan(List<BankEntry> bank, QuizSettings settings, Random random) {
        List<BankEntry> chosen = settings.draw().isEmpty() ? bank : drawn(bank, settings.draw(), random);
        return chosen.stream().map(entry -> place(entry, settings.shuffleAnswers(), random)).toList();
    }

    private static List<BankEntry> drawn(List<BankEntry> bank, List<DrawRule> rules, Random random) {
        List<BankEntry> chosen = new ArrayList<>();
        for (DrawRule rule : rules) {
            List<BankEntry> category = new ArrayList<>(bank.stream()
                    .filter(entry -> entry.question().category().equals(rule.category()))
                    .filter(entry -> !chosen.contains(entry))
                    .toList());
            Collections.shuffle(category, random);
            chosen.addAll(category.subList(0, Math.min(rule.count(), category.size())));
        }
        return chosen;
    }

    private static Placed place(BankEntry entry, boolean shuffleAnswers, Random random) {
        List<Answer> answers = entry.question().answers();
        List<Integer> order = switch (entry.question().type()) {
            case MULTIPLE_CHOICE, MULTIPLE_ANSWER -> shuffled(IntStream.range(0, answers.size()).boxed().toList(),
                    shuffleAnswers, random);
            case TRUE_FALSE -> List.of(0, 1);
            // the right-hand sides are always mixed, or they would line up with their left sides
            case MATCHING -> shuffled(distinctRightSides(answers), true, random);
            case SHORT_ANSWER, NUMERICAL, ESSAY -> List.of();
        };
        return new Placed(entry.id(), order);
    }

    /** For each distinct right-hand side, the first pair that has it. */
    public static List<Integer> distinctRightSides(List<Answer> answers) {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            first.putIfAbsent(answers.get(i).match(), i);
        }
        return List.copyOf(first.values());
    }

    private static List<Integer> shuffled(List<Integer> indices, boolean shuffle, Random random) {
        List<Integer> order = new ArrayList<>(indices);
        if (shuffle) {
            Collections.shuffle(order, random);
        }
        return order;
    }
}
