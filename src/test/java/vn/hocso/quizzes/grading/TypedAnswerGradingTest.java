package vn.hocso.quizzes.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.hocso.quizzes.grading.Grades.fraction;
import static vn.hocso.quizzes.grading.Grades.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hocso.quizzes.gift.GiftFixtures;

/** Short answers matched as Moodle matches them, and numbers as learners in Vietnam type them. */
class TypedAnswerGradingTest {

    private static final String WRITER = "Ai viết Truyện Kiều?{=Nguyễn Du =%50%Nguyen Du =%25%*Du}";

    @Test
    void aShortAnswerEarnsTheFractionOfTheFirstAcceptedAnswerItMatches() {
        assertThat(fraction(WRITER, text("Nguyễn Du"))).isEqualByComparingTo("1");
        assertThat(fraction(WRITER, text("Nguyen Du"))).isEqualByComparingTo("0.5");
        assertThat(fraction(WRITER, text("Hồ Xuân Hương"))).isEqualByComparingTo("0");
    }

    @Test
    void shortAnswersIgnoreLetterCaseAndSurroundingSpacesByDefault() {
        assertThat(fraction(WRITER, text("  nguyễn du \t"))).isEqualByComparingTo("1");
        assertThat(fraction(WRITER, text("NGUYỄN DU"))).isEqualByComparingTo("1");
    }

    @Test
    void letterCaseCountsWhenAsked() {
        Grade grade = Grader.grade(GiftFixtures.question("Viết tắt của Hà Nội?{=HN}"), text("hn"), LetterCase.SIGNIFICANT);

        assertThat(grade).isEqualTo(new Grade.Scored(BigDecimal.ZERO));
    }

    @Test
    void vietnameseTypedWithCombiningMarksMatchesPrecomposedLetters() {
        String decomposed = Normalizer.normalize("Nguyễn Du", Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo("Nguyễn Du");
        assertThat(fraction(WRITER, text(decomposed))).isEqualByComparingTo("1");
    }

    @Test
    void anAsteriskStandsForAnyTextAndTheOrderOfAnswersDecides() {
        assertThat(fraction(WRITER, text("Tố Du"))).isEqualByComparingTo("0.25");
        assertThat(fraction("Đuôi tệp?{=*.apk}", text("ung-dung.apk"))).isEqualByComparingTo("1");
        assertThat(fraction("Đuôi tệp?{=*.apk}", text("ung-dung.apk.exe"))).isEqualByComparingTo("0");
    }

    @Test
    void anEscapedAsteriskIsARealAsteriskAndOtherRegexCharactersAreLiteral() {
        assertThat(fraction("Phím nhân?{=a\\*b}", text("a*b"))).isEqualByComparingTo("1");
        assertThat(fraction("Phím nhân?{=a\\*b}", text("axxb"))).isEqualByComparingTo("0");
        assertThat(fraction("Biểu thức?{=(1+2).3}", text("(1+2).3"))).isEqualByComparingTo("1");
        assertThat(fraction("Biểu thức?{=(1+2).3}", text("(1+2)x3"))).isEqualByComparingTo("0");
    }

    @Test
    void manyAsterisksAndALongResponseAreMatchedQuickly() {
        String gift = "Gì?{=*a*a*a*a*a*a*a*a*a*a*a*a*b}";
        String longResponse = "a".repeat(100_000);

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThat(fraction(gift, text(longResponse))).isEqualByComparingTo("0"));
        assertThat(fraction(gift, text(longResponse + "b"))).isEqualByComparingTo("1");
    }

    @Test
    void aLongRunOfDigitsThatIsNoNumberIsRefusedQuickly() {
        String typed = "1".repeat(100_000) + "x";

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThat(fraction("Bao nhiêu?{#1}", text(typed))).isEqualByComparingTo("0"));
    }

    @Test
    void anEmptyShortAnswerEarnsNothingEvenAgainstAWildcard() {
        assertThat(fraction("Gì cũng được?{=*}", text("   "))).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3.5|1", "3,5|1", " 3,50 |1", "3.4|1", "3.6|1", "3.61|0", "3,61|0", "−3.5|0", "abc|0", "3,5,1|0", "3.5,1|0", "''|0"})
    void aNumberWithinTheToleranceEarnsTheMarkAndADecimalCommaIsAccepted(String typed, String expected) {
        assertThat(fraction("Bao nhiêu?{#3.5:0.1}", text(typed))).isEqualByComparingTo(expected);
    }

    @Test
    void aNegativeNumberMayBeTypedWithAUnicodeMinus() {
        assertThat(fraction("Nhiệt độ?{#-2}", text("−2"))).isEqualByComparingTo("1");
    }

    @Test
    void aRangeAcceptsItsEndsAndNothingBeyond() {
        String gift = "Nhiệt độ phòng?{#20..26}";

        assertThat(fraction(gift, text("20"))).isEqualByComparingTo("1");
        assertThat(fraction(gift, text("26"))).isEqualByComparingTo("1");
        assertThat(fraction(gift, text("26,01"))).isEqualByComparingTo("0");
        assertThat(fraction(gift, text("19.99"))).isEqualByComparingTo("0");
    }

    @Test
    void theBestFractionAmongTheAnswersHoldingTheNumberCounts() {
        String gift = "Năm?{#=%50%1945:2 =%100%1945:0 ~#Xem lại.}";

        assertThat(fraction(gift, text("1945"))).isEqualByComparingTo("1");
        assertThat(fraction(gift, text("1946"))).isEqualByComparingTo("0.5");
        assertThat(fraction(gift, text("1950"))).isEqualByComparingTo("0");
    }
}
