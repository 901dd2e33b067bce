package vn.hocso.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.hocso.platform.errors.DatabaseFailures;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.DomainExceptions;
import vn.hocso.platform.errors.FieldError;
import vn.hocso.platform.i18n.Messages;

/**
 * Every failure leaves the API as {"errors":[…]} in the caller's language: domain failures
 * with their status, malformed requests as 400, anything unexpected as a logged 500
 * without internals.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    /** Tells scripts that HTTP Basic works here. */
    public static final String BASIC_CHALLENGE = "Basic realm=\"HocSo\", charset=\"UTF-8\"";

    private ErrorMappers() {
    }

    /** Writes the error body in the language the request asked for. */
    abstract static class Localized<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        private HttpHeaders headers;

        Response error(int status, List<FieldError> errors) {
            String language = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
            Response.ResponseBuilder response = Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(ErrorResponse.of(errors, Messages.fromAcceptLanguage(language)));
            if (status == Response.Status.UNAUTHORIZED.getStatusCode()) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
            }
            return response.build();
        }

        Response error(int status, String messageKey) {
            return error(status, List.of(FieldError.of(null, messageKey)));
        }
    }

    @Provider
    public static class Domain extends Localized<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            return error(e.failure().status(), e.errors());
        }
    }

    @Provider
    public static class Web extends Localized<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "API failure", e);
            }
            return error(status, switch (status) {
                case 400 -> "api.badRequest";
                case 401 -> "auth.required";
                case 403 -> "auth.forbidden";
                case 404 -> "api.notFound";
                case 405 -> "api.methodNotAllowed";
                case 406, 415 -> "api.unsupportedMediaType";
                default -> "api.error";
            });
        }
    }

    @Provider
    public static class MalformedRequest extends Localized<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return error(400, "api.badRequest");
        }
    }

    @Provider
    public static class MalformedJson extends Localized<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return error(400, "api.badRequest");
        }
    }

    @Provider
    public static class Unexpected extends Localized<Exception> {
        @Override
        public Response toResponse(Exception e) {
            DomainException domain = DomainExceptions.unwrap(e);
            if (domain != null) {
                return error(domain.failure().status(), domain.errors());
            }
            if (DatabaseFailures.isDatabaseDown(e)) {
                LOG.log(Level.WARNING, "Database unavailable: {0}", e.getMessage());
                return error(503, "error.database.text");
            }
            LOG.log(Level.SEVERE, "Unexpected API failure", e);
            return error(500, "api.error");
        }
    }
}
