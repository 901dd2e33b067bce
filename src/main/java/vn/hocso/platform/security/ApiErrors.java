package vn.hocso.platform.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.hocso.platform.api.ErrorResponse;
import vn.hocso.platform.api.JsonConfig;
import vn.hocso.platform.errors.FieldError;
import vn.hocso.platform.i18n.Messages;

/** Error answers written before JAX-RS runs (authentication), in the API's one error format. */
final class ApiErrors {

    private ApiErrors() {
    }

    static AuthenticationStatus send(HttpServletResponse response, HttpMessageContext context, int status, String key) {
        String language = context.getRequest().getHeader("Accept-Language");
        String body = JsonConfig.toJson(ErrorResponse.of(List.of(FieldError.of(null, key)), Messages.fromAcceptLanguage(language)));
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(body);
        } catch (IOException e) {
            // the client went away; nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
