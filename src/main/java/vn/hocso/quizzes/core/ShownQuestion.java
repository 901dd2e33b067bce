package vn.hocso.quizzes.core;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import vn.hocso.quizzes.gift.Answer;
import vn.hocso.quizzes.gift.Question;
import vn.hocso.quizzes.gift.QuestionType;

/**
 * A question as an attempt shows it: safe HTML, choices in the attempt's order with the
 * ids answers use, and for matching the items to match. Never any fraction or feedback:
 * nothing here tells which answer is right.
 */
public record ShownQuestion(long id, int position, String type, String text, String textAfter, List<Shown> choices,
                            List<Shown> items) {

    public ShownQuestion {
        choices = List.copyOf(choices);
        items = List.copyOf(items);
    }

    /** A choice or matching item: the id a response names, and its text as HTML. */
    public record Shown(int id, String text) {
    }

    /** @param truthLabel the words for true and false in the learner's language */
    public static ShownQuestion of(long id, int position, Question question, List<Integer> choiceOrder,
                                   Function<Boolean, String> truthLabel) {
        List<Answer> answers = question.answers();
        List<Shown> choices = switch (question.type()) {
            case TRUE_FALSE -> List.of(new Shown(1, truthLabel.apply(true)), new Shown(2, truthLabel.apply(false)));
            case MATCHING -> shown(choiceOrder, i -> answers.get(i).match(), question);
            default -> shown(choiceOrder, i -> answers.get(i).text(), question);
        };
        List<Shown> items = question.type() != QuestionType.MATCHING ? List.of()
                : LearnerResponse.matchingItems(question).stream()
                        .map(i -> new Shown(i + 1, QuestionHtml.render(question.format(), answers.get(i).text()))).toList();
        return new ShownQuestion(id, position, question.type().name(), QuestionHtml.render(question.format(), question.text()),
                question.hasBlank() ? QuestionHtml.render(question.format(), question.textAfter()) : "", choices, items);
    }

    private static List<Shown> shown(List<Integer> order, Function<Integer, String> text, Question question) {
        return IntStream.range(0, order.size())
                .mapToObj(k -> new Shown(k + 1, QuestionHtml.render(question.format(), text.apply(order.get(k)))))
                .toList();
    }
}
