package vn.hocso.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans (shipped with the app: it covers every Vietnamese letter, which the PDF
 * standard fonts do not), embedded as a subset of what each document uses.
 */
public final class PdfFonts {

    private static final String REGULAR = "/vn/hocso/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/vn/hocso/fonts/DejaVuSans-Bold.ttf";

    private PdfFonts() {
    }

    public static PDType0Font regular(PDDocument document) {
        return load(document, REGULAR);
    }

    public static PDType0Font bold(PDDocument document) {
        return load(document, BOLD);
    }

    private static PDType0Font load(PDDocument document, String resource) {
        try (InputStream font = PdfFonts.class.getResourceAsStream(resource)) {
            if (font == null) {
                throw new IllegalStateException("Font missing from the build: " + resource);
            }
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
