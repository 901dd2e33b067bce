package vn.hocso.courses.content;

import java.util.Locale;

/** A text in Vietnamese and English; Vietnamese when English is missing or not asked for. */
public record LocalizedText(String vi, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
    }
}
