package vn.hocso.quizzes.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Questions and problems from GIFT written in a test. */
public final class GiftFixtures {

    private GiftFixtures() {
    }

    /** The one question the GIFT text holds; fails the test if it has problems. */
    public static Question question(String gift) {
        ParseResult result = GiftParser.parse(gift);
        assertThat(result.problems()).as("problems of " + gift).isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().get(0);
    }

    /** The problems of a GIFT text that must have some. */
    public static List<QuestionProblem> problems(String gift) {
        ParseResult result = GiftParser.parse(gift);
        assertThat(result.questions()).as("questions of a file with problems").isEmpty();
        assertThat(result.problems()).as("problems of " + gift).isNotEmpty();
        return result.problems();
    }

    /** The one problem of a GIFT text, as (line, key). */
    public static QuestionProblem problem(String gift) {
        List<QuestionProblem> problems = problems(gift);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
