package vn.hocso.platform.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Making a line of text fit a width: smaller type first, and cutting it short when that is not enough. */
public final class TextFit {

    private TextFit() {
    }

    public static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The largest size up to {@code largest} at which the text fits the width. */
    public static float size(PDFont font, String text, float largest, float width) throws IOException {
        float natural = width(font, text, 1);
        return natural == 0 || natural * largest <= width ? largest : width / natural;
    }

    /** The text cut short to fit the width at this size, ending with {@code mark} ("…", or "") when it was cut. */
    public static String cut(PDFont font, String text, float size, float width, String mark) throws IOException {
        if (width(font, text, size) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(font, cut + mark, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return mark.isEmpty() ? cut : cut.strip() + mark;
    }
}
