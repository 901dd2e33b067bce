package vn.hocso.classes.core;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;
import vn.hocso.accounts.core.VietnameseOrder;

/**
 * Vietnamese sign-in sheets sort people by given name (the last word), then by the middle
 * names, then by family name (the first word): "Nguyễn Văn An" comes before "Lê Thị Bình".
 */
public final class VietnameseNames {

    private VietnameseNames() {
    }

    public static <T> Comparator<T> byGivenName(Function<T, String> fullName) {
        Comparator<T> given = VietnameseOrder.by(p -> givenName(fullName.apply(p)));
        return given.thenComparing(VietnameseOrder.by(p -> middleNames(fullName.apply(p))))
                .thenComparing(VietnameseOrder.by(p -> familyName(fullName.apply(p))));
    }

    static String givenName(String fullName) {
        String[] words = words(fullName);
        return words.length == 0 ? "" : words[words.length - 1];
    }

    static String middleNames(String fullName) {
        String[] words = words(fullName);
        return words.length < 3 ? "" : String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1));
    }

    static String familyName(String fullName) {
        String[] words = words(fullName);
        return words.length < 2 ? "" : words[0];
    }

    private static String[] words(String fullName) {
        return fullName == null || fullName.isBlank() ? new String[0] : fullName.strip().split("\\s+");
    }
}
