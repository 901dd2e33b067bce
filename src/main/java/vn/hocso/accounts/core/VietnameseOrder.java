package vn.hocso.accounts.core;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Sorting the way Vietnamese readers expect: a, ă, â, b, c, d, đ, e, ê, … with tones. */
public final class VietnameseOrder {

    private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    private VietnameseOrder() {
    }

    public static <T> Comparator<T> by(java.util.function.Function<T, String> key) {
        return Comparator.comparing(key, COLLATOR::compare);
    }
}
