package vn.hocso.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfFontsTest {

    private static final String EVERY_VIETNAMESE_LETTER = "aàáảãạ ăằắẳẵặ âầấẩẫậ đ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ "
            + "uùúủũụ ưừứửữự yỳýỷỹỵ AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ Đ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ "
            + "UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ “₫” – 1.000,5 %";

    @Test
    void theVietnameseSetHasAGlyphForEachOfItsCharacters() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PdfFonts.covering(document, "");
            assertThat(PdfFonts.vietnameseCharacters().filter(c -> !Character.isWhitespace(c)))
                    .allSatisfy(c -> assertThatCode(() -> font.encode(Character.toString(c))).as("U+%04X", c)
                            .doesNotThrowAnyException());
        }
    }

    @Test
    void vietnameseTextEmbedsTheWholeVietnameseSetAndReadsBackCharacterForCharacter() throws IOException {
        byte[] pdf = pdfShowing(EVERY_VIETNAMESE_LETTER);

        assertThat(fontName(pdf)).isEqualTo("HOCSOV+DejaVuSans");
        assertThat(textOf(pdf)).contains(EVERY_VIETNAMESE_LETTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Ωmega → Σ", "Nguyễn\u2009Thị Hoa"})
    void textWithACharacterOutsideTheSetFallsBackToASubsetOfTheWholeFont(String text) throws IOException {
        byte[] pdf = pdfShowing(text);

        assertThat(fontName(pdf)).matches("[A-Z]{6}\\+DejaVuSans").isNotEqualTo("HOCSOV+DejaVuSans");
        assertThat(textOf(pdf)).contains(text);
    }

    @Test
    void decomposedVietnameseStaysInTheSet() throws IOException {
        String decomposed = Normalizer.normalize("Đặng Văn Ưng, Hồ Thị Ơn", Normalizer.Form.NFD);

        assertThat(fontName(pdfShowing(decomposed))).isEqualTo("HOCSOV+DejaVuSans");
    }

    private static byte[] pdfShowing(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PdfFonts.covering(document, text);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 8);
                content.newLineAtOffset(20, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String fontName(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            return resources.getFont(resources.getFontNames().iterator().next()).getName();
        }
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
