package vn.hocso.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

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

    @Test
    void textWithACharacterOutsideTheSetFallsBackToASubsetOfTheWholeFont() throws IOException {
        String greek = "Nguyễn Ωmega → Σ";
        byte[] pdf = pdfShowing(greek);

        assertThat(fontName(pdf)).matches("[A-Z]{6}\\+DejaVuSans").isNotEqualTo("HOCSOV+DejaVuSans");
        assertThat(textOf(pdf)).contains(greek);
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
