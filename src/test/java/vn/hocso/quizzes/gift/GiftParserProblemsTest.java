package vn.hocso.quizzes.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.hocso.quizzes.gift.GiftFixtures.problem;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of malformed question is refused with its line, a message key and its arguments. */
class GiftParserProblemsTest {

    private static void assertProblem(String gift, int line, ImportMessage message, Object... arguments) {
        QuestionProblem problem = problem(gift);

        assertThat(problem.line()).as("line").isEqualTo(line);
        assertThat(problem.messageKey()).isEqualTo(message.key());
        assertThat(problem.arguments()).containsExactly(arguments);
    }

    @Test
    void anImportWithAnyProblemGivesNoQuestionsButEveryProblemInLineOrder() {
        ParseResult result = GiftParser.parse("""
                Câu đúng{T}

                Câu thiếu ngoặc đóng{=a ~b

                Câu đúng nữa{=a ~b}

                Câu không có đáp án đúng{~a ~b}
                """);

        assertThat(result.questions()).isEmpty();
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).extracting(QuestionProblem::line, QuestionProblem::messageKey).containsExactly(
                tuple(3, ImportMessage.UNCLOSED_BRACE.key()), tuple(7, ImportMessage.NO_CORRECT_ANSWER.key()));
    }

    @Test
    void severalProblemsOfOneQuestionAreAllReportedOnTheLinesOfTheirAnswers() {
        List<QuestionProblem> problems = GiftFixtures.problems("""
                Câu nhiều đáp án{
                ~%abc%a
                ~%150%b
                ~
                }""");

        assertThat(problems).extracting(QuestionProblem::line, QuestionProblem::messageKey).containsExactly(
                tuple(2, ImportMessage.BAD_WEIGHT.key()), tuple(3, ImportMessage.WEIGHT_OUT_OF_RANGE.key()),
                tuple(4, ImportMessage.ANSWER_TEXT_MISSING.key()));
    }

    @Test
    void aLongQuestionFullOfProblemsIsStillReadQuickly() {
        String gift = "Câu hỏi dài{\n" + "~%x%sai\n".repeat(50_000) + "}";

        List<QuestionProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> GiftParser.parse(gift).problems());

        assertThat(problems).hasSize(50_000).last().extracting(QuestionProblem::line).isEqualTo(50_001);
    }

    @Test
    void anUnclosedTitleIsReported() {
        assertProblem("::Tên chưa đóng Câu hỏi{T}", 1, ImportMessage.UNCLOSED_TITLE);
    }

    @Test
    void aDescriptionWithoutAnswerBlockIsRefused() {
        assertProblem("// mô tả\nĐây chỉ là lời giới thiệu cho các câu sau.", 2, ImportMessage.NO_ANSWER_BLOCK);
    }

    @Test
    void anUnclosedBraceIsReportedWhereItOpens() {
        assertProblem("Câu hỏi\n{=a\n~b", 2, ImportMessage.UNCLOSED_BRACE);
    }

    @Test
    void aBlankLineInsideAnAnswerBlockLeavesItUnclosedAndTheRestUnexpected() {
        List<QuestionProblem> problems = GiftFixtures.problems("Câu hỏi{\n=a\n\n~b\n}");

        assertThat(problems).extracting(QuestionProblem::line, QuestionProblem::messageKey).containsExactly(
                tuple(1, ImportMessage.UNCLOSED_BRACE.key()), tuple(5, ImportMessage.UNEXPECTED_CLOSING_BRACE.key()));
    }

    @Test
    void aClosingBraceWithoutAnOpeningOneIsUnexpected() {
        assertProblem("Câu hỏi } lạ {T}", 1, ImportMessage.UNEXPECTED_CLOSING_BRACE);
        assertProblem("Câu hỏi {T} lạ }", 1, ImportMessage.UNEXPECTED_CLOSING_BRACE);
    }

    @Test
    void anOpeningBraceInsideAnOpenAnswerBlockIsReported() {
        assertProblem("Câu 1 {=a ~b\nCâu 2 {=c ~d}", 2, ImportMessage.NESTED_OPENING_BRACE);
    }

    @Test
    void aSecondAnswerBlockIsReported() {
        assertProblem("Thủ đô là {=Hà Nội ~Huế}, cố đô là {=Huế ~Hà Nội}.", 1, ImportMessage.SECOND_ANSWER_BLOCK);
    }

    @Test
    void anUnknownFormatIsReportedWithItsName() {
        assertProblem("[htm]<b>Câu hỏi</b>{T}", 1, ImportMessage.UNKNOWN_FORMAT, "htm");
    }

    @Test
    void aBracketedWordThatIsNoFormatNameIsJustText() {
        assertThat(GiftFixtures.question("[Bài 1] Câu hỏi{T}").text()).isEqualTo("[Bài 1] Câu hỏi");
    }

    @Test
    void aQuestionWithoutTextIsReported() {
        assertProblem("::Tên::{T}", 1, ImportMessage.QUESTION_TEXT_MISSING);
    }

    @Test
    void anEmptyAnswerBlockInsideTheSentenceIsNoEssay() {
        assertProblem("Thủ đô là {} của Việt Nam.", 1, ImportMessage.EMPTY_ANSWER_BLOCK);
    }

    @Test
    void anAnswerWithoutTextIsReported() {
        assertProblem("Câu hỏi{=a ~#chỉ có nhận xét}", 1, ImportMessage.ANSWER_TEXT_MISSING);
        assertProblem("Câu hỏi{=}", 1, ImportMessage.ANSWER_TEXT_MISSING);
    }

    @Test
    void aChoiceNeedsTwoAnswers() {
        assertProblem("Câu hỏi{~%100%chỉ một}", 1, ImportMessage.TOO_FEW_ANSWERS, 2);
    }

    @Test
    void aChoiceWithoutAnyRightAnswerIsReported() {
        assertProblem("Câu hỏi{~a ~b ~%-50%c}", 1, ImportMessage.NO_CORRECT_ANSWER);
    }

    @Test
    void severalEqualsMarksAmongTildesAreRefusedAsAMixUp() {
        assertProblem("Chọn các số chẵn{\n=2\n=4\n~5}", 3, ImportMessage.SEVERAL_CORRECT_MARKS);
    }

    @Test
    void aWeightAfterTheEqualsMarkOfAChoiceIsRefusedAsAMixUp() {
        assertProblem("Câu hỏi{=%50%a ~b}", 1, ImportMessage.WEIGHT_ON_CORRECT_MARK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Câu hỏi{~%abc%a ~%100%b}|%abc%",
        "Câu hỏi{~%50 a ~%100%b}|%50",
        "Câu hỏi{~%%a ~%100%b}|%%",
        "Câu hỏi{=%5x%a}|%5x%"})
    void aWeightThatIsNoNumberIsReportedAsWritten(String gift, String written) {
        assertProblem(gift, 1, ImportMessage.BAD_WEIGHT, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Câu hỏi{~%150%a ~%-50%b}|%150%|-100",
        "Câu hỏi{~%100%a ~%-100.5%b}|%-100.5%|-100",
        "Câu hỏi{=a =%-50%b}|%-50%|0",
        "Câu hỏi{#=3 =%120%4}|%120%|0"})
    void aWeightOutsideItsRangeIsReportedWithTheRange(String gift, String written, String lowest) {
        assertProblem(gift, 1, ImportMessage.WEIGHT_OUT_OF_RANGE, written, lowest, "100");
    }

    @Test
    void multipleAnswerWeightsMustAddUpToAHundred() {
        assertProblem("Câu hỏi{~%50%a ~%40%b ~%-100%c}", 1, ImportMessage.WEIGHTS_NOT_HUNDRED, "90");
        assertProblem("Câu hỏi{~%50%a ~%50.5%b}", 1, ImportMessage.WEIGHTS_NOT_HUNDRED, "100.5");
    }

    @Test
    void aShortAnswerOrNumericalQuestionNeedsAFullCreditAnswer() {
        assertProblem("Câu hỏi{=%50%Hà Nội}", 1, ImportMessage.NO_FULL_CREDIT);
        assertProblem("Câu hỏi{#=%50%3:1}", 1, ImportMessage.NO_FULL_CREDIT);
    }

    @Test
    void aTrueFalseValueInSmallLettersIsRefused() {
        assertProblem("Hà Nội là thủ đô.{true#sai#đúng}", 1, ImportMessage.BAD_TRUE_FALSE, "true");
        assertProblem("Hà Nội là thủ đô.{t}", 1, ImportMessage.BAD_TRUE_FALSE, "t");
    }

    @Test
    void aMatchingPairWithoutArrowIsReportedWithItsText() {
        assertProblem("Ghép{\n=a -> 1\n=b 2\n=c -> 3\n}", 3, ImportMessage.PAIR_WITHOUT_ARROW, "b 2");
    }

    @Test
    void aMatchingPairWithoutRightSideIsReported() {
        assertProblem("Ghép{=a -> 1 =b -> 2 =c -> }", 1, ImportMessage.ANSWER_TEXT_MISSING);
    }

    @Test
    void matchingNeedsTwoPairsAndThreeRightSidesAsInMoodle() {
        assertProblem("Ghép{=a -> 1 =b -> 2}", 1, ImportMessage.TOO_FEW_PAIRS, 2, 3);
        assertProblem("Ghép{=a -> 1 = -> 2 = -> 3}", 1, ImportMessage.TOO_FEW_PAIRS, 2, 3);
        assertThat(GiftFixtures.question("Ghép{=a -> 1 =b -> 2 = -> 3}").answers()).hasSize(3);
    }

    @Test
    void aNumericalQuestionWithoutAnswerIsReported() {
        assertProblem("Bao nhiêu?{#}", 1, ImportMessage.NUMERICAL_WITHOUT_ANSWER);
        assertProblem("Bao nhiêu?{# ~#Sai rồi}", 1, ImportMessage.NUMERICAL_WITHOUT_ANSWER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bao nhiêu?{#abc}|abc",
        "Bao nhiêu?{#3,5}|3,5",
        "Bao nhiêu?{#x:1}|x",
        "Bao nhiêu?{#1..y}|y",
        "Bao nhiêu?{#..5}|..5",
        "Bao nhiêu?{#1e99999}|1e99999"})
    void aNumericalAnswerThatIsNoNumberIsReportedAsWritten(String gift, String written) {
        assertProblem(gift, 1, ImportMessage.BAD_NUMBER, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Bao nhiêu?{#3:x}|x", "Bao nhiêu?{#3:-1}|-1", "Bao nhiêu?{#3:}|''"})
    void aToleranceThatIsNoNumberOrNegativeIsReported(String gift, String written) {
        assertProblem(gift, 1, ImportMessage.BAD_TOLERANCE, written);
    }

    @Test
    void aRangeGoingDownwardsIsReported() {
        assertProblem("Bao nhiêu?{#5..1}", 1, ImportMessage.BAD_RANGE, "5", "1");
    }

    @Test
    void aTildeInANumericalQuestionOnlyIntroducesFeedbackForOtherNumbers() {
        assertProblem("Bao nhiêu?{#3 ~4#Sai}", 1, ImportMessage.TILDE_IN_NUMERICAL);
    }
}
