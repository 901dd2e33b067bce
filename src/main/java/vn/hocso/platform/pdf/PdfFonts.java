package vn.hocso.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans (shipped with the app: it covers every Vietnamese letter, which the PDF
 * standard fonts do not), embedded as a subset of what each document uses. The font file
 * is parsed once per thread (a parsed TrueTypeFont is not thread-safe), not per document.
 */
public final class PdfFonts {

    private static final String REGULAR = "/vn/hocso/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/vn/hocso/fonts/DejaVuSans-Bold.ttf";
    private static final ThreadLocal<TrueTypeFont> PARSED_REGULAR = ThreadLocal.withInitial(() -> parse(REGULAR));
    private static final ThreadLocal<TrueTypeFont> PARSED_BOLD = ThreadLocal.withInitial(() -> parse(BOLD));

    private PdfFonts() {
    }

    public static PDType0Font regular(PDDocument document) {
        return embed(document, PARSED_REGULAR.get());
    }

    public static PDType0Font bold(PDDocument document) {
        return embed(document, PARSED_BOLD.get());
    }

    private static PDType0Font embed(PDDocument document, TrueTypeFont font) {
        try {
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream font = PdfFonts.class.getResourceAsStream(resource)) {
            if (font == null) {
                throw new IllegalStateException("Font missing from the build: " + resource);
            }
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font.readAllBytes()));
            // Vietnamese is written with precomposed letters and needs no glyph substitution;
            // without it PDFBox skips a regex-driven pass over every string it writes
            parsed.setEnableGsub(false);
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
