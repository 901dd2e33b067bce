package vn.hocso.certificates.core;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A holder's name as the public verification page shows it: the given name in full, the
 * other names by their initial ("N. T. H. Nhung"), enough to recognise, not to harvest.
 */
public final class HolderName {

    private HolderName() {
    }

    public static String masked(String fullName) {
        String[] words = fullName == null || fullName.isBlank() ? new String[0]
                : Normalizer.normalize(fullName.strip(), Normalizer.Form.NFC).split("\\s+");
        if (words.length <= 1) {
            return words.length == 0 ? "" : words[0];
        }
        return Arrays.stream(words, 0, words.length - 1).map(w -> w.codePoints().limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".")
                .collect(Collectors.joining(" ")) + " " + words[words.length - 1];
    }
}
