package vn.hocso.quizzes.grading;

import java.math.BigDecimal;
import vn.hocso.quizzes.gift.GiftFixtures;

/** Grading a response to a question written in GIFT, for the grading tests. */
final class Grades {

    private Grades() {
    }

    static BigDecimal fraction(String gift, Response response) {
        Grade grade = Grader.grade(GiftFixtures.question(gift), response);
        if (!(grade instanceof Grade.Scored)) {
            throw new AssertionError("not scored: " + grade);
        }
        return ((Grade.Scored) grade).fraction();
    }

    static Response text(String typed) {
        return new Response.Text(typed);
    }
}
