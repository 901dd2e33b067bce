package vn.hocso.quizzes.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocso.quizzes.grading.Grades.fraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocso.quizzes.gift.Answer;
import vn.hocso.quizzes.gift.Question;
import vn.hocso.quizzes.gift.QuestionType;
import vn.hocso.quizzes.gift.TextFormat;

/** Multiple choice, multiple answer and true/false, graded as Moodle grades them. */
class ChoiceGradingTest {

    private static final String SINGLE = "Thủ đô?{=Hà Nội ~%50%Thăng Long ~Huế ~%-50%Sài Gòn}";
    private static final String MULTIPLE = "An toàn?{~%50%Xác thực hai lớp ~%50%Mật khẩu riêng ~%-100%Đọc OTP ~%-50%Bấm link lạ ~Không biết}";

    @Test
    void multipleChoiceEarnsTheFractionOfTheChosenAnswer() {
        assertThat(fraction(SINGLE, new Response.Choice(0))).isEqualByComparingTo("1");
        assertThat(fraction(SINGLE, new Response.Choice(1))).isEqualByComparingTo("0.5");
        assertThat(fraction(SINGLE, new Response.Choice(2))).isEqualByComparingTo("0");
    }

    @Test
    void aPenaltyOnAMultipleChoiceAnswerNeverTakesTheQuestionBelowZero() {
        assertThat(fraction(SINGLE, new Response.Choice(3))).isEqualByComparingTo("0");
    }

    @Test
    void noAnswerEarnsNothing() {
        assertThat(fraction(SINGLE, new Response.NoAnswer())).isEqualByComparingTo("0");
        assertThat(fraction(MULTIPLE, new Response.Choices(Set.of()))).isEqualByComparingTo("0");
    }

    @Test
    void multipleAnswerAddsTheFractionsOfTheChosenAnswers() {
        assertThat(fraction(MULTIPLE, new Response.Choices(Set.of(0, 1)))).isEqualByComparingTo("1");
        assertThat(fraction(MULTIPLE, new Response.Choices(Set.of(0)))).isEqualByComparingTo("0.5");
        assertThat(fraction(MULTIPLE, new Response.Choices(Set.of(0, 4)))).isEqualByComparingTo("0.5");
    }

    @Test
    void penaltiesOfMultipleAnswersTakeBackWhatTheRightOnesEarned() {
        assertThat(fraction(MULTIPLE, new Response.Choices(Set.of(0, 1, 3)))).isEqualByComparingTo("0.5");
        assertThat(fraction(MULTIPLE, new Response.Choices(Set.of(0, 1, 2)))).isEqualByComparingTo("0");
    }

    @Test
    void multipleAnswerIsClampedSoTickingEverythingNeverGoesBelowZero() {
        assertThat(fraction(MULTIPLE, new Response.Choices(Set.of(0, 1, 2, 3, 4)))).isEqualByComparingTo("0");
        assertThat(fraction(MULTIPLE, new Response.Choices(Set.of(2, 3)))).isEqualByComparingTo("0");
    }

    @Test
    void multipleAnswerIsClampedAtTheWholeMarkWhateverTheWeights() {
        Question generous = new Question(QuestionType.MULTIPLE_ANSWER, "", "", "Chọn", "", TextFormat.MOODLE,
                List.of(Answer.of("a", BigDecimal.ONE, ""), Answer.of("b", BigDecimal.ONE, "")), "", 0);

        assertThat(Grader.grade(generous, new Response.Choices(Set.of(0, 1)))).isEqualTo(new Grade.Scored(BigDecimal.ONE));
    }

    @Test
    void trueFalseEarnsAllOrNothing() {
        String falseIsRight = "Nên đọc OTP cho người lạ.{F#Chưa đúng.#Đúng.}";

        assertThat(fraction(falseIsRight, new Response.Choice(1))).isEqualByComparingTo("1");
        assertThat(fraction(falseIsRight, new Response.Choice(0))).isEqualByComparingTo("0");
        assertThat(fraction("Hà Nội là thủ đô.{T}", new Response.Choice(0))).isEqualByComparingTo("1");
    }
}
