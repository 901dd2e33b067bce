package vn.hocso.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans (shipped with the app: it covers every Vietnamese letter, which the PDF
 * standard fonts do not). Parsed fonts are kept per thread (a parsed TrueTypeFont is not
 * thread-safe), not parsed per document.
 *
 * <p>Two ways to embed it. {@link #regular} embeds a subset of what the document uses,
 * for documents whose text is not known up front. {@link #covering} embeds the Vietnamese
 * set, a subset of about 300 glyphs cut once at start-up, whole: a document whose text is
 * known before it is drawn (a certificate) then skips PDFBox's subsetting, whose cost grows
 * with every distinct letter, and loads widths for 300 glyphs instead of 6,000.
 */
public final class PdfFonts {

    private static final String REGULAR = "/vn/hocso/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/vn/hocso/fonts/DejaVuSans-Bold.ttf";
    /** Six capitals and a plus: how PDF readers recognise an embedded subset. */
    private static final String SUBSET_TAG = "HOCSOV+";
    /** PDFBox's own subset tables, plus what it needs to load the result as a font again. */
    private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp", "cmap", "OS/2", "name", "post");
    private static final byte[] VIETNAMESE = vietnameseSet();
    private static final ThreadLocal<TrueTypeFont> PARSED_REGULAR = ThreadLocal.withInitial(() -> parse(resource(REGULAR)));
    private static final ThreadLocal<TrueTypeFont> PARSED_BOLD = ThreadLocal.withInitial(() -> parse(resource(BOLD)));
    private static final ThreadLocal<TrueTypeFont> PARSED_VIETNAMESE = ThreadLocal.withInitial(() -> parse(VIETNAMESE));

    private PdfFonts() {
    }

    public static PDType0Font regular(PDDocument document) {
        return embed(document, PARSED_REGULAR.get(), true);
    }

    public static PDType0Font bold(PDDocument document) {
        return embed(document, PARSED_BOLD.get(), true);
    }

    /**
     * The regular font for a document that will show only {@code text}: the Vietnamese set
     * when it has every character, else a subset of the whole font.
     */
    public static PDType0Font covering(PDDocument document, String text) {
        TrueTypeFont vietnamese = PARSED_VIETNAMESE.get();
        CmapLookup letters = unicode(vietnamese);
        boolean covered = text.codePoints().allMatch(c -> letters.getGlyphId(c) != 0);
        return covered ? embed(document, vietnamese, false) : regular(document);
    }

    /** Characters of the Vietnamese set: Latin-1, Vietnamese letters, their marks for decomposed text, typographic punctuation, ₫. */
    static IntStream vietnameseCharacters() {
        return Stream.of(IntStream.rangeClosed(0x20, 0x7E), IntStream.rangeClosed(0xA0, 0xFF), IntStream.of(0x102, 0x103,
                0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0), IntStream.rangeClosed(0x300, 0x303),
                IntStream.of(0x306, 0x309, 0x31B, 0x323), IntStream.rangeClosed(0x1EA0, 0x1EF9), IntStream.of(0x2013, 0x2014, 0x2018, 0x2019,
                0x201C, 0x201D, 0x2022, 0x2026, 0x20AB)).flatMapToInt(range -> range);
    }

    private static byte[] vietnameseSet() {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(parse(resource(REGULAR)), SUBSET_TABLES);
            vietnameseCharacters().forEach(subsetter::add);
            subsetter.setPrefix(SUBSET_TAG);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CmapLookup unicode(TrueTypeFont font) {
        try {
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font embed(PDDocument document, TrueTypeFont font, boolean subsetPerDocument) {
        try {
            return PDType0Font.load(document, font, subsetPerDocument);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream font = PdfFonts.class.getResourceAsStream(name)) {
            if (font == null) {
                throw new IllegalStateException("Font missing from the build: " + name);
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            // Vietnamese is written with precomposed letters and needs no glyph substitution;
            // without it PDFBox skips a regex-driven pass over every string it writes
            parsed.setEnableGsub(false);
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
