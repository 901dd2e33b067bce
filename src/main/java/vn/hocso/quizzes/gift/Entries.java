package vn.hocso.quizzes.gift;

import java.util.ArrayList;
import java.util.List;

/** The answers of an answer block, each starting at one of the block's marks ({@code = ~}). */
final class Entries {

    /** The mark of text that comes before the first mark (Moodle keeps it as an answer). */
    private static final char UNMARKED = 0;

    /** One answer: its mark, where it stands and what follows the mark. */
    record Entry(char marker, int at, Span body) {
    }

    private Entries() {
    }

    static List<Entry> split(Span answers, String markers) {
        List<Entry> entries = new ArrayList<>();
        int marker = answers.findAny(markers, answers.start());
        Span lead = answers.before(marker < 0 ? answers.end() : marker);
        if (!lead.isBlank()) {
            entries.add(new Entry(UNMARKED, lead.strip().start(), lead));
        }
        while (marker >= 0) {
            int next = answers.findAny(markers, marker + 1);
            entries.add(new Entry(answers.charAt(marker), marker, answers.between(marker + 1, next < 0 ? answers.end() : next)));
            marker = next;
        }
        return entries;
    }
}
