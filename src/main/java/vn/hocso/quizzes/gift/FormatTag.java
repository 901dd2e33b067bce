package vn.hocso.quizzes.gift;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A leading {@code [html]}, {@code [markdown]}, {@code [plain]} or {@code [moodle]} on a text. */
final class FormatTag {

    private static final Pattern TAG = Pattern.compile("\\[([A-Za-z]+)]");

    /** The format a text names (or the fallback), and the text after the tag. */
    record Tagged(TextFormat format, Span text) {
    }

    private FormatTag() {
    }

    /** The text after the tag keeps its white space at the end (a missing word's text needs it). */
    static Tagged read(Span text, TextFormat fallback) {
        Span stripped = text.stripLeading();
        Matcher tag = tag(stripped);
        if (tag.lookingAt()) {
            Optional<TextFormat> format = TextFormat.fromGiftName(tag.group(1));
            if (format.isPresent()) {
                return new Tagged(format.get(), stripped.from(tag.end()));
            }
        }
        return new Tagged(fallback, stripped);
    }

    /** The name in a leading tag that names no format, if there is one. */
    static Optional<String> unknownName(Span text) {
        Matcher tag = tag(text.stripLeading());
        return tag.lookingAt() && TextFormat.fromGiftName(tag.group(1)).isEmpty() ? Optional.of(tag.group(1)) : Optional.empty();
    }

    /**
     * The text of an answer or feedback. Moodle lets these name a format of their own; here every
     * part of a question takes the question's format, so the tag is only taken off.
     */
    static String text(Span text) {
        return read(text, TextFormat.MOODLE).text().text();
    }

    private static Matcher tag(Span text) {
        return TAG.matcher(text.source()).region(text.start(), text.end());
    }
}
