package vn.hocso.quizzes.gift;

/**
 * GIFT's backslash escapes: {@code \~ \= \# \{ \} \:} for the marks, {@code \n} for a new line
 * and {@code \\} for a backslash. A backslash before any other character is an ordinary
 * character, as in Moodle. The search methods skip escaped marks.
 */
final class Escapes {

    private static final String ESCAPABLE = "~=#{}:\\n";

    private Escapes() {
    }

    /** The first place in [from, to) where {@code token} starts unescaped, or −1. */
    static int indexOf(String source, String token, int from, int to) {
        for (int i = from; i < to; i += step(source, i, to)) {
            if (source.startsWith(token, i) && i + token.length() <= to) {
                return i;
            }
        }
        return -1;
    }

    /** The first place in [from, to) holding one of {@code chars} unescaped, or −1. */
    static int indexOfAny(String source, String chars, int from, int to) {
        for (int i = from; i < to; i += step(source, i, to)) {
            if (chars.indexOf(source.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The last place in [from, to) where {@code token} starts unescaped, or −1. */
    static int lastIndexOf(String source, String token, int from, int to) {
        int last = -1;
        for (int i = indexOf(source, token, from, to); i >= 0; i = indexOf(source, token, i + 1, to)) {
            last = i;
        }
        return last;
    }

    static String unescape(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isEscape(raw, i, raw.length())) {
                char escaped = raw.charAt(++i);
                text.append(escaped == 'n' ? '\n' : escaped);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** The text written so that {@link #unescape} gives it back and no mark in it counts. */
    static String escape(String text) {
        StringBuilder raw = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                raw.append("\\n");
            } else if (c != '\r') {
                raw.append(ESCAPABLE.indexOf(c) >= 0 && c != 'n' ? "\\" + c : String.valueOf(c));
            }
        }
        return raw.toString();
    }

    private static int step(String source, int i, int to) {
        return isEscape(source, i, to) ? 2 : 1;
    }

    private static boolean isEscape(String source, int i, int to) {
        return source.charAt(i) == '\\' && i + 1 < to && ESCAPABLE.indexOf(source.charAt(i + 1)) >= 0;
    }
}
