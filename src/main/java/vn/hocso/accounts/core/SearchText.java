package vn.hocso.accounts.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for searching, so people can type without diacritics on any
 * keyboard: "phuoc dan" finds "Phước Dân". Đ/đ is a letter of its own, not a d with a
 * combining mark, so it is mapped explicitly.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** True when every word of the query occurs in the text, both folded. */
    public static boolean matches(String text, String query) {
        String haystack = fold(text);
        for (String word : fold(query).split(" ")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
