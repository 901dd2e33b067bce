package vn.hocso.platform.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaking a text into lines of a width: at spaces, and inside a word only when the word
 * alone is wider than the line (a long code or address must still not overflow).
 */
public final class TextWrap {

    private static final String MORE = "…";

    private TextWrap() {
    }

    /** The lines of the text at this size, at most {@code maxLines}; the last ends with "…" when some was left out. */
    public static List<String> lines(PDFont font, String text, float size, float width, int maxLines) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (TextFit.width(font, longer, size) <= width) {
                line = longer;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (line.length() > 1 && TextFit.width(font, line, size) > width) {
                String head = TextFit.cut(font, line, size, width, "");
                lines.add(head);
                line = line.substring(head.length());
            }
        }
        lines.add(line);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1) + " " + lines.get(maxLines);
        // the mark is appended before cutting so the last line says "…" even when the joined text happens to fit
        kept.set(maxLines - 1, TextFit.cut(font, last + MORE, size, width, MORE));
        return kept;
    }
}
