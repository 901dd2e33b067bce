package vn.hocso.quizzes.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hocso.quizzes.gift.GiftFixtures.question;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each question type of Moodle's GIFT format becomes the right question. */
class GiftParserQuestionTypesTest {

    @Test
    void multipleChoiceKeepsOneRightAnswerTheWrongOnesTheirFeedbackAndTheGeneralFeedback() {
        Question question = question("""
                ::Thủ đô::Thủ đô của Việt Nam là thành phố nào?{
                =Hà Nội#Đúng rồi.
                ~Huế#Huế là cố đô.
                ~Đà Nẵng
                ####Hà Nội là thủ đô từ năm 1976.
                }
                """);

        assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(question.name()).isEqualTo("Thủ đô");
        assertThat(question.text()).isEqualTo("Thủ đô của Việt Nam là thành phố nào?");
        assertThat(question.textAfter()).isEmpty();
        assertThat(question.answers()).extracting(Answer::text, a -> a.fraction().doubleValue(), Answer::feedback).containsExactly(
                tuple("Hà Nội", 1.0, "Đúng rồi."), tuple("Huế", 0.0, "Huế là cố đô."), tuple("Đà Nẵng", 0.0, ""));
        assertThat(question.generalFeedback()).isEqualTo("Hà Nội là thủ đô từ năm 1976.");
    }

    @Test
    void multipleChoiceCanGivePartialCreditAndPenaltiesWithWeightsAfterTheTilde() {
        Question question = question("Sông dài nhất chảy qua Việt Nam?{=Mê Kông ~%50%Sông Hồng ~%-25%Sông Hương}");

        assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(question.answers()).extracting(Answer::fraction)
                .containsExactly(BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("-0.25"));
    }

    @Test
    void choicesWithoutAnEqualsMarkAreAMultipleAnswerQuestionWithWeightsAndPenalties() {
        Question question = question("""
                Những việc nào giúp bảo vệ tài khoản?{
                ~%50%Bật xác thực hai lớp
                ~%50%Dùng mật khẩu riêng cho mỗi tài khoản
                ~%-100%Gửi mã OTP cho người lạ
                }""");

        assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE_ANSWER);
        assertThat(question.answers()).extracting(Answer::fraction)
                .containsExactly(new BigDecimal("0.5"), new BigDecimal("0.5"), BigDecimal.ONE.negate());
    }

    @Test
    void multipleAnswerWeightsMayBeDecimalsThatRoundToAHundred() {
        Question question = question("Chọn số nguyên tố{~%33.333%2 ~%33.333%3 ~%33.333%5 ~%-100%4}");

        assertThat(question.answers().get(0).fraction()).isEqualByComparingTo("0.33333");
    }

    @Test
    void trueFalseAcceptsTheFourSpellingsOfMoodle() {
        assertThat(question("Hà Nội là thủ đô.{T}").answers()).extracting(Answer::fraction).containsExactly(BigDecimal.ONE, BigDecimal.ZERO);
        assertThat(question("Hà Nội là thủ đô.{TRUE}").answers()).extracting(Answer::fraction).containsExactly(BigDecimal.ONE, BigDecimal.ZERO);
        assertThat(question("Huế là thủ đô.{F}").answers()).extracting(Answer::fraction).containsExactly(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(question("Huế là thủ đô.{FALSE}").type()).isEqualTo(QuestionType.TRUE_FALSE);
    }

    @Test
    void trueFalseFeedbackComesAsMoodleOrdersItFirstForAWrongAnswerThenForARightOne() {
        Question question = question("Nên đọc mã OTP cho người gọi điện.{F#Chưa đúng, không ai được hỏi OTP.#Đúng rồi.}");

        assertThat(question.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(question.answers()).extracting(Answer::text, Answer::feedback).containsExactly(
                tuple(Question.TRUE, "Chưa đúng, không ai được hỏi OTP."), tuple(Question.FALSE, "Đúng rồi."));
    }

    @Test
    void trueFalseWithOnlyTheWrongAnswerFeedbackLeavesTheRightOneEmpty() {
        Question question = question("Mặt trời mọc ở hướng đông.{T#Sai rồi.}");

        assertThat(question.answers()).extracting(Answer::feedback).containsExactly("", "Sai rồi.");
    }

    @Test
    void shortAnswerAcceptsSeveralAnswersEachWithItsWeightAndFeedback() {
        Question question = question("Ai viết Truyện Kiều?{=Nguyễn Du =%50%Nguyen Du#Đúng, nhưng thiếu dấu. =%0%Hồ Xuân Hương#Không phải.}");

        assertThat(question.type()).isEqualTo(QuestionType.SHORT_ANSWER);
        assertThat(question.answers()).extracting(Answer::text, a -> a.fraction().doubleValue(), Answer::feedback).containsExactly(
                tuple("Nguyễn Du", 1.0, ""), tuple("Nguyen Du", 0.5, "Đúng, nhưng thiếu dấu."), tuple("Hồ Xuân Hương", 0.0, "Không phải."));
    }

    @Test
    void aShortAnswerMayBeWrittenWithoutTheEqualsMarkAsMoodleAllows() {
        Question question = question("Đuôi tệp cài đặt Android là gì?{apk}");

        assertThat(question.type()).isEqualTo(QuestionType.SHORT_ANSWER);
        assertThat(question.answers()).extracting(Answer::text).containsExactly("apk");
    }

    @Test
    void missingWordKeepsTheSentenceAfterTheBlankWithItsSpaces() {
        Question choice = question("Thủ đô của Việt Nam là {=Hà Nội ~Huế ~Đà Nẵng}, nằm bên sông Hồng.");
        Question typed = question("Chữ \"đ\" trong kiểu gõ Telex gõ bằng {=dd} nhé.");

        assertThat(choice.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(choice.text()).isEqualTo("Thủ đô của Việt Nam là ");
        assertThat(choice.textAfter()).isEqualTo(", nằm bên sông Hồng.");
        assertThat(choice.hasBlank()).isTrue();
        assertThat(typed.type()).isEqualTo(QuestionType.SHORT_ANSWER);
        assertThat(typed.textAfter()).isEqualTo(" nhé.");
    }

    @Test
    void aQuestionEndingWithItsAnswerBlockHasNoBlank() {
        Question question = question("Thủ đô của Việt Nam là thành phố nào? {=Hà Nội ~Huế}");

        assertThat(question.hasBlank()).isFalse();
        assertThat(question.text()).isEqualTo("Thủ đô của Việt Nam là thành phố nào?");
    }

    @Test
    void matchingKeepsEachLeftSideWithItsRightSideAndExtraRightSidesAsDistractors() {
        Question question = question("""
                Ghép phím tắt với tác dụng.{
                =Ctrl + C -> Sao chép
                =Ctrl + V -> Dán
                = -> Xóa
                }""");

        assertThat(question.type()).isEqualTo(QuestionType.MATCHING);
        assertThat(question.answers()).extracting(Answer::text, Answer::match, a -> a.fraction().doubleValue()).containsExactly(
                tuple("Ctrl + C", "Sao chép", 1.0), tuple("Ctrl + V", "Dán", 1.0), tuple("", "Xóa", 0.0));
    }

    @Test
    void numericalWithoutToleranceAcceptsExactlyTheValue() {
        Answer answer = question("Một năm có bao nhiêu tháng?{#12}").answers().get(0);

        assertThat(answer.value()).isEqualByComparingTo("12");
        assertThat(answer.tolerance()).isEqualByComparingTo("0");
        assertThat(answer.fraction()).isEqualByComparingTo("1");
    }

    @Test
    void numericalValueWithToleranceAndFeedback() {
        Question question = question("Số pi bằng bao nhiêu?{#3.14:0.01#Gần đúng là đủ.}");

        assertThat(question.type()).isEqualTo(QuestionType.NUMERICAL);
        assertThat(question.answers()).extracting(Answer::value, Answer::tolerance, Answer::feedback)
                .containsExactly(tuple(new BigDecimal("3.14"), new BigDecimal("0.01"), "Gần đúng là đủ."));
    }

    @Test
    void numericalRangeBecomesItsMidpointPlusOrMinusHalfItsWidthAsInMoodle() {
        Answer answer = question("Nhiệt độ phòng khoảng bao nhiêu độ C?{#20..26}").answers().get(0);

        assertThat(answer.value()).isEqualByComparingTo("23");
        assertThat(answer.tolerance()).isEqualByComparingTo("3");
    }

    @Test
    void numericalRangeOfNegativeAndDecimalNumbers() {
        Answer answer = question("Nhiệt độ đêm đông ở Sa Pa?{#-2.5..1.5}").answers().get(0);

        assertThat(answer.value()).isEqualByComparingTo("-0.5");
        assertThat(answer.tolerance()).isEqualByComparingTo("2");
    }

    @Test
    void numericalWithSeveralWeightedAnswersAndFeedbackForAnyOtherNumber() {
        Question question = question("Năm Bác Hồ đọc Tuyên ngôn Độc lập?{#=%100%1945:0#Chính xác. =%50%1945:2#Gần đúng. ~#Xem lại bài 1.}");

        assertThat(question.answers()).extracting(Answer::text, a -> a.fraction().doubleValue(), Answer::feedback).containsExactly(
                tuple("1945", 1.0, "Chính xác."), tuple("1945", 0.5, "Gần đúng."), tuple(Answer.ANY_OTHER, 0.0, "Xem lại bài 1."));
        assertThat(question.answers().get(1).tolerance()).isEqualByComparingTo("2");
        assertThat(question.answers().get(2).isNumber()).isFalse();
    }

    @Test
    void essayHasNoAnswersAndMayHaveGeneralFeedback() {
        Question plain = question("Hãy kể về một lần bạn gặp tin giả trên mạng.{}");
        Question withFeedback = question("Hãy viết một đoạn giới thiệu sản phẩm OCOP.{####Nêu tên, nguồn gốc và điểm đặc biệt.}");

        assertThat(plain.type()).isEqualTo(QuestionType.ESSAY);
        assertThat(plain.answers()).isEmpty();
        assertThat(withFeedback.type()).isEqualTo(QuestionType.ESSAY);
        assertThat(withFeedback.generalFeedback()).isEqualTo("Nêu tên, nguồn gốc và điểm đặc biệt.");
    }

    @Test
    void generalFeedbackAfterNumericalAnswersIsNotTakenForAnAnswer() {
        Question question = question("Bao nhiêu mA?{#20\n\t####I \\= 9 / 450 \\= 0,02 A.}");

        assertThat(question.answers()).hasSize(1);
        assertThat(question.generalFeedback()).isEqualTo("I = 9 / 450 = 0,02 A.");
    }
}
