package vn.hocso.quizzes.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aiken files become single-answer multiple-choice questions, or problems with their lines. */
class AikenParserTest {

    private static void assertOnlyProblem(String aiken, int line, ImportMessage message, Object... arguments) {
        ParseResult result = AikenParser.parse(aiken);

        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).extracting(QuestionProblem::line, QuestionProblem::messageKey, QuestionProblem::arguments)
                .containsExactly(tuple(line, message.key(), List.of(arguments)));
    }

    @Test
    void questionsWithOptionsInBothStylesAndTheirAnswerLetter() {
        ParseResult result = AikenParser.parse("""
                Thủ đô của Việt Nam là thành phố nào?
                A. Huế
                B. Hà Nội
                C. Đà Nẵng
                ANSWER: B

                Cơ quan nào quản lý ứng dụng VNeID?
                A) Bộ Công an
                B) Bộ Y tế
                ANSWER: A
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(Question::type, Question::text, Question::format, Question::line).containsExactly(
                tuple(QuestionType.MULTIPLE_CHOICE, "Thủ đô của Việt Nam là thành phố nào?", TextFormat.PLAIN, 1),
                tuple(QuestionType.MULTIPLE_CHOICE, "Cơ quan nào quản lý ứng dụng VNeID?", TextFormat.PLAIN, 7));
        assertThat(result.questions().get(0).answers()).extracting(Answer::text, Answer::fraction).containsExactly(
                tuple("Huế", BigDecimal.ZERO), tuple("Hà Nội", BigDecimal.ONE), tuple("Đà Nẵng", BigDecimal.ZERO));
    }

    @Test
    void optionsWithoutASpaceAWindowsFileAndASmallAnswerLetterAreAccepted() {
        ParseResult result = AikenParser.parse("\uFEFFCâu hỏi\r\nA)Sai\r\nB)Đúng\r\nANSWER: b\r\n");

        assertThat(result.questions()).hasSize(1);
        assertThat(result.questions().get(0).answers()).extracting(Answer::text, Answer::fraction)
                .containsExactly(tuple("Sai", BigDecimal.ZERO), tuple("Đúng", BigDecimal.ONE));
    }

    @Test
    void theAnswerLetterNamesTheOptionWithThatLabel() {
        Question question = AikenParser.parse("Câu hỏi\nA) một\nC) ba\nANSWER: C").questions().get(0);

        assertThat(question.answers()).extracting(Answer::fraction).containsExactly(BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Test
    void aQuestionWithoutAnswerLineIsReportedWhereItStarts() {
        assertOnlyProblem("Câu thứ nhất\nA) có\nB) không\n\nCâu thứ hai\nA) có\nB) không\nANSWER: A", 1,
                ImportMessage.AIKEN_ANSWER_LINE_MISSING);
    }

    @Test
    void theLastQuestionWithoutAnswerLineIsReportedToo() {
        assertOnlyProblem("Câu hỏi\nA) có\nB) không\n", 1, ImportMessage.AIKEN_ANSWER_LINE_MISSING);
    }

    @Test
    void aSecondLineOfQuestionTextLeavesTheFirstLineUnfinishedAsInMoodle() {
        assertOnlyProblem("Dòng một của câu hỏi\nDòng hai\nA) có\nB) không\nANSWER: A", 1, ImportMessage.AIKEN_ANSWER_LINE_MISSING);
    }

    @Test
    void anAnswerLetterThatIsNoOptionIsReportedWithTheLetter() {
        assertOnlyProblem("Câu hỏi\nA) có\nB) không\nANSWER: D", 4, ImportMessage.AIKEN_UNKNOWN_ANSWER, "D");
    }

    @Test
    void anEmptyAnswerLineIsAnUnknownAnswer() {
        assertOnlyProblem("Câu hỏi\nA) có\nB) không\nANSWER:", 4, ImportMessage.AIKEN_UNKNOWN_ANSWER, "");
    }

    @Test
    void fewerThanTwoOptionsAreReported() {
        assertOnlyProblem("Câu hỏi\nA) chỉ một\nANSWER: A", 3, ImportMessage.AIKEN_TOO_FEW_OPTIONS, 2);
    }

    @Test
    void optionsOrAnswerOutsideAQuestionAreReported() {
        ParseResult result = AikenParser.parse("A) lạc chỗ\nANSWER: A\n");

        assertThat(result.problems()).extracting(QuestionProblem::line, QuestionProblem::messageKey).containsExactly(
                tuple(1, ImportMessage.AIKEN_QUESTION_NOT_STARTED.key()), tuple(2, ImportMessage.AIKEN_QUESTION_NOT_STARTED.key()));
    }

    @Test
    void anOptionWithoutTextIsReported() {
        assertOnlyProblem("Câu hỏi\nA) có\nB)\nANSWER: A", 3, ImportMessage.ANSWER_TEXT_MISSING);
    }

    @Test
    void everyMalformedQuestionIsReportedAndNoneImported() {
        ParseResult result = AikenParser.parse("Câu một\nA) a\nANSWER: A\n\nCâu hai\nA) a\nB) b\nANSWER: A\n\nCâu ba\nA) a\nB) b\nANSWER: Z");

        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).extracting(QuestionProblem::line).containsExactly(3, 13);
    }

    @Test
    void anEmptyFileHasNoQuestions() {
        assertOnlyProblem("\n\n", 1, ImportMessage.NO_QUESTIONS);
    }
}
