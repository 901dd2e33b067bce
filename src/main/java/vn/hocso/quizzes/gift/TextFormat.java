package vn.hocso.quizzes.gift;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a question's texts are written, as GIFT's {@code [moodle]}, {@code [html]}, … prefixes say. */
public enum TextFormat {
    MOODLE,
    HTML,
    MARKDOWN,
    PLAIN;

    /** The name between the brackets of a GIFT format prefix. */
    public String giftName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Moodle writes the names in lower case; other cases are accepted too. */
    static Optional<TextFormat> fromGiftName(String name) {
        return Arrays.stream(values()).filter(format -> format.giftName().equalsIgnoreCase(name)).findFirst();
    }
}
