package vn.hocso.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import vn.hocso.platform.i18n.Messages;

/** The language an API answer is written in: ?lang= when given, else the Accept-Language header. */
@RequestScoped
public class RequestLanguage {

    @Inject
    private HttpServletRequest request;

    public Locale locale() {
        return locale(null);
    }

    public Locale locale(String lang) {
        return lang == null || lang.isBlank()
                ? Messages.fromAcceptLanguage(request.getHeader("Accept-Language"))
                : Messages.supported(Locale.forLanguageTag(lang));
    }
}
