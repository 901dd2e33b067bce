package vn.hocso.quizzes.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import vn.hocso.quizzes.gift.Answer;
import vn.hocso.quizzes.gift.Question;

/**
 * What the review shows of one question once the quiz's settings allow it: a response that
 * earns the full mark (in the ids the attempt showed, the shape answers are sent in), the
 * feedback of the answers the learner chose, and the question's general feedback.
 */
public record QuestionReview(long questionId, BigDecimal fraction, Object rightResponse, List<String> feedback,
                             String generalFeedback) {

    public QuestionReview {
        feedback = List.copyOf(feedback);
    }

    public static QuestionReview of(long questionId, BigDecimal fraction, Question question, List<Integer> choiceOrder,
                                    LearnerResponse given) {
        return new QuestionReview(questionId, fraction, rightResponse(question, choiceOrder), chosenFeedback(question, choiceOrder, given),
                QuestionHtml.render(question.format(), question.generalFeedback()));
    }

    private static Object rightResponse(Question question, List<Integer> order) {
        List<Answer> answers = question.answers();
        return switch (question.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> idsWhere(order, answers, a -> a.fraction().compareTo(BigDecimal.ONE) == 0).get(0);
            case MULTIPLE_ANSWER -> idsWhere(order, answers, a -> a.fraction().signum() > 0);
            case SHORT_ANSWER -> answers.stream().filter(a -> a.fraction().compareTo(BigDecimal.ONE) == 0)
                    .map(Answer::text).findFirst().orElse(answers.get(0).text());
            case NUMERICAL -> answers.stream().filter(a -> a.isNumber() && a.fraction().compareTo(BigDecimal.ONE) == 0)
                    .map(QuestionReview::number).findFirst().orElse(null);
            case MATCHING -> matching(question, order);
            case ESSAY -> null;
        };
    }

    private static String number(Answer answer) {
        return answer.tolerance().signum() == 0 ? answer.value().toPlainString()
                : answer.value().toPlainString() + " ± " + answer.tolerance().toPlainString();
    }

    private static Map<Integer, Integer> matching(Question question, List<Integer> order) {
        Map<Integer, Integer> right = new LinkedHashMap<>();
        for (int item : LearnerResponse.matchingItems(question)) {
            String match = question.answers().get(item).match();
            int shown = IntStream.range(0, order.size())
                    .filter(k -> question.answers().get(order.get(k)).match().equals(match)).findFirst().orElseThrow();
            right.put(item + 1, shown + 1);
        }
        return right;
    }

    private static List<Integer> idsWhere(List<Integer> order, List<Answer> answers, Predicate<Answer> test) {
        return IntStream.range(0, order.size()).filter(k -> test.test(answers.get(order.get(k)))).mapToObj(k -> k + 1).toList();
    }

    private static List<String> chosenFeedback(Question question, List<Integer> order, LearnerResponse given) {
        List<Integer> chosen = new ArrayList<>();
        if (given instanceof LearnerResponse.Choice choice) {
            chosen.add(choice.id());
        } else if (given instanceof LearnerResponse.Choices choices) {
            choices.ids().stream().sorted().forEach(chosen::add);
        }
        return chosen.stream().filter(id -> id >= 1 && id <= order.size())
                .map(id -> question.answers().get(order.get(id - 1)).feedback())
                .filter(text -> !text.isBlank())
                .map(text -> QuestionHtml.render(question.format(), text))
                .toList();
    }
}
