package vn.hocso.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    private static final String TITLE = "Lớp tập huấn về Internet, mạng xã hội, làm việc an toàn trên mạng, an ninh mạng, "
            + "bảo vệ dữ liệu cá nhân";

    @Test
    void breaksAtSpacesKeepingEveryWordAndEveryLineWithinTheWidth() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PdfFonts.regular(document);
            List<String> lines = TextWrap.lines(font, TITLE, 9, 150, 10);

            assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line ->
                    assertThat(TextFit.width(font, line, 9)).isLessThanOrEqualTo(150));
            assertThat(String.join(" ", lines)).isEqualTo(TITLE);
        }
    }

    @Test
    void breaksInsideAWordOnlyWhenTheWordAloneIsWiderThanTheLine() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PdfFonts.regular(document);
            List<String> lines = TextWrap.lines(font, "Xem https://hocso.example.vn/chi-tieu/ke-hoach-273/bao-cao", 9, 60, 10);

            assertThat(lines.get(0)).isEqualTo("Xem");
            assertThat(lines).allSatisfy(line -> assertThat(TextFit.width(font, line, 9)).isLessThanOrEqualTo(60));
            assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo("https://hocso.example.vn/chi-tieu/ke-hoach-273/bao-cao");
        }
    }

    @Test
    void endsTheLastAllowedLineWithAnEllipsisWhenTextIsLeftOut() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PdfFonts.regular(document);
            List<String> lines = TextWrap.lines(font, TITLE, 9, 100, 2);

            assertThat(lines).hasSize(2);
            assertThat(lines.get(1)).endsWith("…");
            assertThat(TextFit.width(font, lines.get(1), 9)).isLessThanOrEqualTo(100);
        }
    }
}
