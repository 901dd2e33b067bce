package vn.hocso.quizzes.gift;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The outline of a GIFT file: questions are blocks separated by blank lines, each with its
 * answers between unescaped braces. Enough to count questions for the catalog; the quiz
 * engine's parser reads the questions themselves.
 */
public final class GiftText {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private GiftText() {
    }

    public static int countQuestions(String gift) {
        return answerParts(gift).size();
    }

    /** For each question, the text between its braces (trimmed; empty for an essay). */
    public static List<String> answerParts(String gift) {
        String withoutComments = Arrays.stream(gift.replace("\r\n", "\n").split("\n"))
                .filter(line -> !line.strip().startsWith("//") && !line.strip().startsWith("$CATEGORY"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(BLANK_LINES.split(withoutComments))
                .map(GiftText::answerPart)
                .filter(Objects::nonNull)
                .toList();
    }

    private static String answerPart(String block) {
        int open = indexOfUnescaped(block, '{', 0);
        int close = open < 0 ? -1 : indexOfUnescaped(block, '}', open);
        return close < 0 ? null : block.substring(open + 1, close).strip();
    }

    private static int indexOfUnescaped(String text, char wanted, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }
}
