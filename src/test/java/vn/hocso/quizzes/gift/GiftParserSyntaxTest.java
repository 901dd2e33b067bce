package vn.hocso.quizzes.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocso.quizzes.gift.GiftFixtures.question;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of GIFT around the questions: comments, categories, names, formats, escapes, files. */
class GiftParserSyntaxTest {

    private static final String TWO_QUESTIONS = """
            // Bài kiểm tra: an toàn trên mạng
            $CATEGORY: an-toan/bai-1

            ::Câu 1::Mã OTP có được đọc cho người khác không?{F}

            // câu tiếp theo
            ::Câu 2::Ai được hỏi mã OTP của bạn?{
            // không ai cả
            =Không ai cả
            ~Nhân viên ngân hàng
            }
            """;

    @Test
    void questionsAreSeparatedByBlankLinesAndStartOnTheLineOfTheirFirstText() {
        List<Question> questions = GiftParser.parse(TWO_QUESTIONS).questions();

        assertThat(questions).extracting(Question::name).containsExactly("Câu 1", "Câu 2");
        assertThat(questions).extracting(Question::line).containsExactly(4, 7);
    }

    @Test
    void commentLinesAreLeftOutEvenInsideAnAnswerBlock() {
        Question second = GiftParser.parse(TWO_QUESTIONS).questions().get(1);

        assertThat(second.answers()).extracting(Answer::text).containsExactly("Không ai cả", "Nhân viên ngân hàng");
    }

    @Test
    void theCategoryComesFromTheLastCategoryLineBeforeTheQuestion() {
        List<Question> questions = GiftParser.parse("""
                Câu không có nhóm{T}

                $CATEGORY: nhom-1

                Câu thứ hai{T}

                $CATEGORY:   nhom-2
                Câu thứ ba{F}
                """).questions();

        assertThat(questions).extracting(Question::category).containsExactly("", "nhom-1", "nhom-2");
    }

    @Test
    void aQuestionWithoutATitleHasAnEmptyName() {
        assertThat(question("Trái đất quay quanh mặt trời.{T}").name()).isEmpty();
    }

    @Test
    void aQuestionTextMaySpanSeveralLines() {
        Question question = question("""
                Đọc đoạn tin nhắn sau:
                "Tài khoản của bạn sắp bị khóa."
                Đây là tin nhắn lừa đảo.{T}""");

        assertThat(question.text()).isEqualTo("Đọc đoạn tin nhắn sau:\n\"Tài khoản của bạn sắp bị khóa.\"\nĐây là tin nhắn lừa đảo.");
    }

    @Test
    void theFormatPrefixSetsTheTextFormatAndIsTakenOffTheText() {
        assertThat(question("[html]<b>Hà Nội</b> là thủ đô.{T}")).extracting(Question::format, Question::text)
                .containsExactly(TextFormat.HTML, "<b>Hà Nội</b> là thủ đô.");
        assertThat(question("::Tên::[markdown]**Hà Nội** là thủ đô.{T}").format()).isEqualTo(TextFormat.MARKDOWN);
        assertThat(question("[plain]Hà Nội là thủ đô.{T}").format()).isEqualTo(TextFormat.PLAIN);
        assertThat(question("[moodle]Hà Nội là thủ đô.{T}").format()).isEqualTo(TextFormat.MOODLE);
        assertThat(question("Hà Nội là thủ đô.{T}").format()).isEqualTo(TextFormat.MOODLE);
    }

    @Test
    void answersAndFeedbackMayCarryAFormatPrefixWhichIsTakenOff() {
        Question question = question("[html]Chọn chữ <b>đậm</b>{=[html]<b>đậm</b>#[html]<i>Đúng</i> ~[html]nghiêng}");

        assertThat(question.answers()).extracting(Answer::text).containsExactly("<b>đậm</b>", "nghiêng");
        assertThat(question.answers().get(0).feedback()).isEqualTo("<i>Đúng</i>");
    }

    @Test
    void escapedMarksAreTextAndBackslashNIsANewLine() {
        Question question = question("::Tên\\: có dấu hai chấm::Dấu \\{ \\} \\~ \\= \\# và \\\\ là gì?\\nHãy chọn.{=a\\=b\\#c#Ghi chú\\: đúng ~x\\~y}");

        assertThat(question.name()).isEqualTo("Tên: có dấu hai chấm");
        assertThat(question.text()).isEqualTo("Dấu { } ~ = # và \\ là gì?\nHãy chọn.");
        assertThat(question.answers()).extracting(Answer::text).containsExactly("a=b#c", "x~y");
        assertThat(question.answers().get(0).feedback()).isEqualTo("Ghi chú: đúng");
    }

    @Test
    void aBackslashBeforeAnOrdinaryCharacterStaysAsMoodleLeavesIt() {
        assertThat(question("Đường dẫn C:\\Users là gì?{T}").text()).isEqualTo("Đường dẫn C:\\Users là gì?");
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreAccepted() {
        ParseResult result = GiftParser.parse("\uFEFF// đầu tệp\r\n::Câu 1::Đúng không?{T}\r\n\r\n::Câu 2::Sai không?{\r\n=Có\r\n~Không\r\n}\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(Question::name).containsExactly("Câu 1", "Câu 2");
        assertThat(result.questions()).extracting(Question::line).containsExactly(2, 4);
        assertThat(result.questions().get(1).answers()).extracting(Answer::text).containsExactly("Có", "Không");
    }

    @Test
    void whiteSpaceOnlyLinesSeparateQuestionsToo() {
        assertThat(GiftParser.parse("Câu 1{T}\n   \t\nCâu 2{F}").questions()).hasSize(2);
    }

    @Test
    void textBeforeTheFirstMarkOfAChoiceIsAWrongAnswerAsInMoodle() {
        Question question = question("Chọn màu cờ Việt Nam{Xanh ~Vàng =Đỏ}");

        assertThat(question.answers()).extracting(Answer::text).containsExactly("Xanh", "Vàng", "Đỏ");
        assertThat(question.answers().get(0).fraction()).isZero();
    }

    @Test
    void aMatchingRightSideKeepsLaterArrowsAndAFormatLikePrefix() {
        Question question = question("Ghép{=Mũi tên -> -> phải =Ngoặc -> [html] =Số -> 1}");

        assertThat(question.answers()).extracting(Answer::match).containsExactly("-> phải", "[html]", "1");
    }

    @Test
    void aFileOfOnlyCommentsHasNoQuestionsAndSaysSo() {
        QuestionProblem problem = GiftFixtures.problem("// chỉ có ghi chú\n\n// không có câu hỏi\n");

        assertThat(problem.messageKey()).isEqualTo("quiz.import.noQuestions");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void nullIsReadAsAnEmptyFile() {
        assertThat(GiftParser.parse(null).problems()).extracting(QuestionProblem::messageKey).containsExactly("quiz.import.noQuestions");
    }
}
