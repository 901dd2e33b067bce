package vn.hocso.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.accounts.service.LoginResult;
import vn.hocso.accounts.service.LoginService;
import vn.hocso.platform.api.ErrorMappers;
import vn.hocso.platform.errors.DatabaseFailures;
import vn.hocso.platform.web.CsrfToken;

/**
 * One way in for pages and API alike: HTTP Basic on each request (scripts), or the login
 * form, which puts the username in a fresh session (its id renewed at login against
 * fixation). Roles are re-read from the database on every request, so a revoked role or
 * an erased account takes effect at once.
 */
@ApplicationScoped
public class HocsoAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link LoginResult} of a form login, for the login page. */
    public static final String LOGIN_RESULT = "hocso.loginResult";
    private static final String SESSION_USER = "hocso.user";
    private static final String BASIC = "Basic ";
    /** The header pages' scripts send the session's CSRF token in. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private LoginService logins;
    @Inject
    private Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseDown(e)) {
                throw e;
            }
            return databaseDown(request, response, context);
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return formLogin(request, context, credential);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).strip(), response, context);
        }
        Optional<Actor> sessionActor = sessionActor(request);
        if (sessionActor.isPresent() && isUnsafeApiCall(request)
                && !CsrfToken.matches(request.getSession(false), request.getHeader(CSRF_HEADER))) {
            return ApiErrors.send(response, context, HttpServletResponse.SC_FORBIDDEN, "auth.csrfMissing");
        }
        if (sessionActor.isPresent()) {
            return notify(context, sessionActor.get());
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    /**
     * A page's own script calling the API with the session cookie must also send the
     * session's CSRF token, so another site cannot make the browser change anything.
     */
    private static boolean isUnsafeApiCall(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") && !SAFE_METHODS.contains(request.getMethod());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        LoginResult result = logins.authenticate(credential.getCaller(), credential.getPasswordAsString());
        request.setAttribute(LOGIN_RESULT, result);
        if (!result.succeeded()) {
            return context.doNothing();
        }
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_USER, result.actor().username());
        return notify(context, result.actor());
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response, context, null);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response, context, null);
        }
        LoginResult result = logins.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        return result.succeeded() ? notify(context, result.actor()) : challenge(response, context, result.retryAt());
    }

    private AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context, Instant retryAt) {
        response.setHeader("WWW-Authenticate", ErrorMappers.BASIC_CHALLENGE);
        if (retryAt != null) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, Duration.between(Instant.now(), retryAt).toSeconds())));
        }
        return ApiErrors.send(response, context, HttpServletResponse.SC_UNAUTHORIZED, "auth.invalidCredentials");
    }

    private Optional<Actor> sessionActor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_USER) instanceof String username)) {
            return Optional.empty();
        }
        Actor actor = accounts.actorFor(username);
        if (!actor.isAuthenticated()) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(actor);
    }

    private AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            response.setHeader("WWW-Authenticate", ErrorMappers.BASIC_CHALLENGE);
            return ApiErrors.send(response, context, HttpServletResponse.SC_UNAUTHORIZED, "auth.required");
        }
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String login = request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // a page updating itself after its session ended: tell Faces' script to go to the login page
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"/></partial-response>");
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Accounts live in the database: without it nobody can be checked, so say so plainly. */
    private static AuthenticationStatus databaseDown(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        if (isApi(request)) {
            return ApiErrors.send(response, context, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.database.text");
        }
        try {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus notify(HttpMessageContext context, Actor actor) {
        return context.notifyContainerAboutLogin(actor.username(),
                actor.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
