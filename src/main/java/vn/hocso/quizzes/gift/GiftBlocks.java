package vn.hocso.quizzes.gift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Cuts a GIFT file into question blocks as Moodle does: blank lines separate questions, lines
 * starting with {@code //} are comments, {@code $CATEGORY:} sets the category of the questions
 * after it. Comment lines inside a block are kept as empty lines so that offsets still give
 * line numbers.
 */
final class GiftBlocks {

    private static final String CATEGORY = "$CATEGORY:";

    /** A question's lines, the first of them at {@code firstLine} (1-based) in the file. */
    record Block(String text, int firstLine, String category, int[] lineEnds) {

        Block(String text, int firstLine, String category) {
            this(text, firstLine, category, IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray());
        }

        Span span() {
            return new Span(text, 0, text.length());
        }

        /** The line of a place in the text; a search, so that many problems in a long block stay cheap. */
        int lineOf(int offset) {
            int found = Arrays.binarySearch(lineEnds, offset);
            return firstLine + (found >= 0 ? found : -found - 1);
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private String category = "";
    private int firstLine;

    private GiftBlocks() {
    }

    static List<Block> split(String gift) {
        GiftBlocks splitter = new GiftBlocks();
        String[] lines = normalized(gift).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            splitter.add(lines[i], i + 1);
        }
        splitter.endBlock();
        return splitter.blocks;
    }

    /** Without a byte-order mark, with Unix line ends (Windows and old Mac files are accepted). */
    static String normalized(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    private void add(String line, int number) {
        String content = line.strip();
        if (content.isEmpty()) {
            endBlock();
        } else if (content.startsWith("//")) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
        } else if (content.startsWith(CATEGORY)) {
            endBlock();
            category = content.substring(CATEGORY.length()).strip();
        } else {
            if (lines.isEmpty()) {
                firstLine = number;
            }
            lines.add(line);
        }
    }

    private void endBlock() {
        if (!lines.isEmpty()) {
            blocks.add(new Block(String.join("\n", lines), firstLine, category));
            lines.clear();
        }
    }
}
