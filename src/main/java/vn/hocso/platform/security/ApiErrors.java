package vn.hocso.platform.security;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.hocso.platform.i18n.Messages;

/** Error answers written before JAX-RS runs (authentication), in the API's error format. */
final class ApiErrors {

    private ApiErrors() {
    }

    static AuthenticationStatus send(HttpServletResponse response, HttpMessageContext context, int status, String key) {
        String language = context.getRequest().getHeader("Accept-Language");
        String body = Json.createObjectBuilder()
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .addNull("field")
                        .add("message", Messages.text(Messages.fromAcceptLanguage(language), key))))
                .build().toString();
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
