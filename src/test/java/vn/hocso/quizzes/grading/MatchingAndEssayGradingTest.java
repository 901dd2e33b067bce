package vn.hocso.quizzes.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hocso.quizzes.grading.Grades.fraction;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocso.quizzes.gift.GiftFixtures;
import vn.hocso.quizzes.gift.Question;

/** Matching earns a share per right pair; essays wait for a person; wrong responses are refused. */
class MatchingAndEssayGradingTest {

    private static final String SHORTCUTS = "Ghép{=Ctrl + C -> Sao chép =Ctrl + V -> Dán =Ctrl + Z -> Hoàn tác = -> Xóa}";

    @Test
    void everyRightPairEarnsAnEqualShare() {
        assertThat(fraction(SHORTCUTS, new Response.Matching(Map.of(0, 0, 1, 1, 2, 2)))).isEqualByComparingTo("1");
        assertThat(fraction(SHORTCUTS, new Response.Matching(Map.of(0, 0, 1, 2, 2, 1)))).isEqualByComparingTo("0.3333333");
        assertThat(fraction(SHORTCUTS, new Response.Matching(Map.of(0, 0, 1, 1, 2, 3)))).isEqualByComparingTo("0.6666667");
        assertThat(fraction(SHORTCUTS, new Response.Matching(Map.of()))).isEqualByComparingTo("0");
    }

    @Test
    void twoLeftSidesWithTheSameRightTextAcceptEitherCopyOfIt() {
        String gift = "Loại tệp{=.jpg -> Ảnh =.png -> Ảnh =.mp4 -> Video}";

        assertThat(fraction(gift, new Response.Matching(Map.of(0, 1, 1, 0, 2, 2)))).isEqualByComparingTo("1");
    }

    @Test
    void aDistractorIsNoLeftSideToAnswer() {
        assertThatThrownBy(() -> fraction(SHORTCUTS, new Response.Matching(Map.of(3, 3)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEssayNeedsAPersonToGradeItEvenWhenLeftEmpty() {
        Question essay = GiftFixtures.question("Kể về một lần gặp tin giả.{}");

        assertThat(Grader.grade(essay, new Response.Text("Hôm qua tôi nhận được tin nhắn..."))).isInstanceOf(Grade.NeedsManualGrading.class);
        assertThat(Grader.grade(essay, new Response.NoAnswer())).isInstanceOf(Grade.NeedsManualGrading.class);
    }

    @Test
    void aResponseOfTheWrongKindIsRefused() {
        assertThatThrownBy(() -> fraction("Thủ đô?{=Hà Nội ~Huế}", new Response.Text("Hà Nội")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Choice");
        assertThatThrownBy(() -> fraction("Thủ đô?{=Hà Nội}", new Response.Choice(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResponseNamingAnAnswerTheQuestionLacksIsRefused() {
        assertThatThrownBy(() -> fraction("Thủ đô?{=Hà Nội ~Huế}", new Response.Choice(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fraction("Chọn{~%50%a ~%50%b}", new Response.Choices(Set.of(0, 5)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Response.Choice(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoredGradeStaysBetweenZeroAndOne() {
        assertThatThrownBy(() -> new Grade.Scored(new BigDecimal("1.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grade.Scored(new BigDecimal("-0.01"))).isInstanceOf(IllegalArgumentException.class);
    }
}
