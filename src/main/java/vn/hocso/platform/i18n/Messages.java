package vn.hocso.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts, Vietnamese by default and English as the second language. The
 * same bundle backs the Faces pages ({@code #{msg[...]}}) and the API's error messages.
 */
public final class Messages {

    public static final String BUNDLE = "vn.hocso.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(arguments);
    }

    /** A problem in an imported file, saying where: "khoa/course.yaml, dòng 7: …" (no line for the whole file). */
    public static String located(Locale locale, String file, int line, String messageKey, List<Object> arguments) {
        String text = text(locale, messageKey, arguments.toArray());
        return line > 0 ? text(locale, "problem.atLine", file, String.valueOf(line), text) : text(locale, "problem.inFile", file, text);
    }

    /** English when asked for, Vietnamese otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    /** The best supported language of an Accept-Language header. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? VIETNAMESE : best;
        } catch (IllegalArgumentException e) {
            return VIETNAMESE;
        }
    }
}
