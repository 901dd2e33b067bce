package vn.hocso.quizzes.grading;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Moodle's short-answer matching: an accepted answer is a pattern where {@code *} stands for any
 * text ({@code \*} for a real asterisk), matched against the whole trimmed response. Both are
 * NFC-normalised first, so Vietnamese typed with combining marks matches precomposed letters.
 * Matched piece by piece rather than as a regular expression, so that many asterisks and a long
 * response cannot make it backtrack for ever.
 */
final class ShortAnswerPattern {

    private static final Pattern WILDCARDS = Pattern.compile("(?<!\\\\)\\*+");

    private ShortAnswerPattern() {
    }

    static boolean matches(String accepted, String response, LetterCase letterCase) {
        List<String> pieces = Arrays.stream(WILDCARDS.split(comparable(accepted, letterCase), -1))
                .map(piece -> piece.replace("\\*", "*"))
                .toList();
        String typed = comparable(response.strip(), letterCase);
        String first = pieces.get(0);
        String last = pieces.get(pieces.size() - 1);
        if (pieces.size() == 1) {
            return typed.equals(first);
        }
        if (!typed.startsWith(first)) {
            return false;
        }
        // the leftmost place of each middle piece leaves the most room for the rest
        int from = first.length();
        for (String middle : pieces.subList(1, pieces.size() - 1)) {
            int at = typed.indexOf(middle, from);
            if (at < 0) {
                return false;
            }
            from = at + middle.length();
        }
        return typed.length() - last.length() >= from && typed.endsWith(last);
    }

    private static String comparable(String text, LetterCase letterCase) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return letterCase == LetterCase.IGNORED ? nfc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT) : nfc;
    }
}
