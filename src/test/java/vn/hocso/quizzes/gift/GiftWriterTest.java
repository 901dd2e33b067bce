package vn.hocso.quizzes.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the writer writes, the parser reads back as the same questions. */
class GiftWriterTest {

    private static void assertRoundTrip(List<Question> questions) {
        String gift = GiftWriter.write(questions);
        ParseResult reread = GiftParser.parse(gift);

        assertThat(reread.problems()).as(gift).isEmpty();
        assertThat(reread.questions()).as(gift).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
                .isEqualTo(questions);
    }

    private static void assertRoundTrip(String gift) {
        ParseResult read = GiftParser.parse(gift);
        assertThat(read.problems()).isEmpty();
        assertRoundTrip(read.questions());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "::Thủ đô::Thủ đô của Việt Nam là?{=Hà Nội#Đúng. ~Huế#Cố đô. ~%50%Thăng Long#Tên cũ. ~%-25%Sài Gòn####Hà Nội.}",
        "Chọn các biện pháp an toàn{~%50%Xác thực hai lớp#Đúng ~%50%Mật khẩu riêng ~%-100%Đọc OTP cho người lạ#Sai}",
        "Chọn số nguyên tố{~%33.33333%2 ~%33.33333%3 ~%33.33334%5 ~4}",
        "Nên đọc mã OTP cho người gọi điện.{F#Chưa đúng.#Đúng rồi.####Không ai được hỏi OTP.}",
        "Trái đất quay quanh mặt trời.{TRUE}",
        "Mặt trời mọc ở hướng đông.{T##Đúng rồi.}",
        "Mặt trời mọc ở hướng tây.{F#Sai rồi.}",
        "Ai viết Truyện Kiều?{=Nguyễn Du#Đúng =%50%Nguyen Du =%0%Hồ Xuân Hương#Không phải####Đại thi hào.}",
        "Thủ đô là {~Huế =Hà Nội ~Đà Nẵng}, bên sông Hồng.",
        "Chữ đ gõ bằng {=dd} trong Telex.",
        "{=Hà Nội ~Huế} là thủ đô.",
        "Ghép phím tắt{=Ctrl + C -> Sao chép =Ctrl + V -> Dán = -> Xóa =Ctrl + Z -> Hoàn tác####Nhớ Ctrl + Z.}",
        "Năm?{#=%100%1945:0#Chính xác. =%50%1945:2#Gần đúng. ~#Xem lại bài.}",
        "Nhiệt độ?{#20..26}",
        "Số pi?{#3.14:0.005}",
        "Số âm?{#-1.5e2:0.5####Âm một trăm năm mươi.}",
        "Kể về một lần gặp tin giả.{}",
        "Giới thiệu sản phẩm OCOP.{####Nêu tên và nguồn gốc.}",
        "[html]<p>Chọn <b>đúng</b></p>{=<b>a</b> ~<i>b</i>}",
        "[markdown]**Đúng** hay sai?{T}",
        "[plain]Văn bản thô{=có ~không}"})
    void everyQuestionTypeComesBackTheSame(String gift) {
        assertRoundTrip(gift);
    }

    @Test
    void specialCharactersInEveryTextAreEscapedAndComeBack() {
        assertRoundTrip("""
                ::Tên\\: có \\{ngoặc\\} \\~ \\= \\#::Dấu \\\\ và \\n dòng mới C:\\Users {=a\\=b\\#c#nhận xét\\: \\~ ~x\\~y\\}}

                Ghép{=a\\=b -> c\\#d\\~e =f -> g\\{h\\} =i\\: -> j####chung\\: \\#\\#\\#\\#}

                Văn bản \\nnhiều dòng \\n{T#sai\\#1#đúng\\#2}
                """);
    }

    @Test
    void textsThatWouldReadAsAFormatWeightOrCommentAreProtected() {
        Question question = new Question(QuestionType.MULTIPLE_CHOICE, "", "", "// không phải ghi chú", "", TextFormat.MOODLE,
                List.of(Answer.of("%50% giảm giá", BigDecimal.ONE, "[html] là chữ"), Answer.of("[b] đậm", BigDecimal.ZERO, "%")),
                "[markdown] cũng là chữ", 0);

        assertRoundTrip(List.of(question));
    }

    @Test
    void aFirstTextStartingWithAByteOrderMarkKeepsItThoughTheFileWouldLoseIt() {
        assertRoundTrip(List.of(GiftFixtures.question("// đầu tệp\n\uFEFF[html]không phải định dạng{T}")));
    }

    @Test
    void aQuestionWhoseTextStartsWithABracketKeepsItsFormat() {
        assertRoundTrip(List.of(GiftFixtures.question("[Bài 1] Câu hỏi{T}"), GiftFixtures.question("[html][Bài 2] <b>Câu</b>{T}")));
    }

    @Test
    void categoriesAreWrittenWhenTheyChange() {
        String gift = """
                $CATEGORY: an-toan/bai-1

                Câu 1{T}

                Câu 2{F}

                $CATEGORY: an-toan/bai-2

                Câu 3{T}
                """;

        assertRoundTrip(gift);
        assertThat(GiftWriter.write(GiftParser.parse(gift).questions())).containsOnlyOnce("$CATEGORY: an-toan/bai-1");
    }

    @Test
    void questionsAreLaidOutAsMoodleExportsThem() {
        String gift = GiftWriter.write(List.of(GiftFixtures.question("::Q1::Thủ đô?{=Hà Nội#Đúng ~Huế####Hà Nội.}")));

        assertThat(gift).isEqualTo("::Q1::Thủ đô?{\n\t=Hà Nội#Đúng\n\t~Huế\n\t####Hà Nội.\n}\n\n");
    }

    static List<Path> shippedQuizzes() throws IOException {
        return ShippedQuizzesTest.quizzes();
    }

    @ParameterizedTest
    @MethodSource("shippedQuizzes")
    void everyShippedQuizComesBackTheSame(Path quiz) throws IOException {
        assertRoundTrip(Files.readString(quiz));
    }

    @Test
    void anArrowInAShortAnswerIsRefusedForGiftWouldReadAMatchingQuestion() {
        Question question = GiftFixtures.question("Phím nào?{=Ctrl + C}");
        Question withArrow = new Question(QuestionType.SHORT_ANSWER, "", "", question.text(), "", TextFormat.MOODLE,
                List.of(Answer.of("A -> B", BigDecimal.ONE, "")), "", 0);

        assertThatThrownBy(() -> GiftWriter.write(List.of(withArrow))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("->");
    }

    @Test
    void anArrowInTheLeftSideOfAPairIsRefused() {
        Question withArrow = new Question(QuestionType.MATCHING, "", "", "Ghép", "", TextFormat.MOODLE,
                List.of(Answer.pair("a -> b", "1"), Answer.pair("c", "2"), Answer.pair("d", "3")), "", 0);

        assertThatThrownBy(() -> GiftWriter.write(List.of(withArrow))).isInstanceOf(IllegalArgumentException.class);
    }
}
