package vn.hocso.quizzes.grading;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Moodle's short-answer matching: an accepted answer is a pattern where {@code *} stands for any
 * text ({@code \*} for a real asterisk), matched against the whole trimmed response. Both are
 * NFC-normalised first, so Vietnamese typed with combining marks matches precomposed letters.
 */
final class ShortAnswerPattern {

    private static final Pattern WILDCARDS = Pattern.compile("(?<!\\\\)\\*+");

    private ShortAnswerPattern() {
    }

    static boolean matches(String accepted, String response, LetterCase letterCase) {
        String regex = Arrays.stream(WILDCARDS.split(nfc(accepted), -1))
                .map(piece -> Pattern.quote(piece.replace("\\*", "*")))
                .collect(Collectors.joining(".*"));
        int flags = letterCase == LetterCase.IGNORED ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile(regex, flags).matcher(nfc(response).strip()).matches();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
