package vn.hocso.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import vn.hocso.platform.i18n.Messages;

/**
 * The language of the pages, kept in a cookie rather than the session so anonymous pages
 * stay stateless. Vietnamese unless the person chose English.
 */
@Named
@RequestScoped
public class Language {

    static final String COOKIE = "hocso-lang";

    @Inject
    private HttpServletRequest request;

    public Locale getLocale() {
        return fromCookies(request.getCookies());
    }

    public boolean isEnglish() {
        return Messages.ENGLISH.equals(getLocale());
    }

    /** A number as the page's language writes it ("85,5" in Vietnamese), at most this many decimals. */
    public String number(BigDecimal value, int maxFractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(maxFractionDigits);
        return format.format(value);
    }

    /** The text of a message key in the page's language, for beans composing messages. */
    public String text(String key, Object... arguments) {
        return Messages.text(getLocale(), key, arguments);
    }

    static Locale fromCookies(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Messages.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        return Messages.VIETNAMESE;
    }
}
