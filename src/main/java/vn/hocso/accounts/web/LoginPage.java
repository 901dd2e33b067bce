package vn.hocso.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import vn.hocso.accounts.service.LoginResult;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.security.HocsoAuthentication;
import vn.hocso.platform.web.LocalPaths;

/** The login form: hands the credentials to {@link HocsoAuthentication}, then goes where the person was heading. */
@Named
@RequestScoped
public class LoginPage {

    /** Flash keys: the username to fill in, and the message key of a notice to show. */
    static final String FLASH_USERNAME = "login.username";
    static final String FLASH_NOTICE = "login.notice";

    @Inject
    private SecurityContext securityContext;
    @Inject
    private FacesContext facesContext;

    private String username;
    private String password;
    private String next;
    private boolean loggedOut;
    private String notice;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        // A refused password leaves the status at "nothing done", which Soteria also calls SUCCESS.
        LoginResult result = (LoginResult) request.getAttribute(HocsoAuthentication.LOGIN_RESULT);
        if (status != AuthenticationStatus.SUCCESS || result == null || !result.succeeded()) {
            throw failure(result);
        }
        external.redirect(external.getRequestContextPath() + LocalPaths.safe(next));
        facesContext.responseComplete();
    }

    private static DomainException failure(LoginResult result) {
        if (result == null || result.retryAt() == null) {
            return DomainException.of(Failure.UNAUTHENTICATED, "login.invalid");
        }
        long seconds = Math.max(1, Duration.between(Instant.now(), result.retryAt()).toSeconds());
        return result.outcome() == LoginResult.Outcome.LOCKED
                ? DomainException.of(Failure.TOO_MANY_ATTEMPTS, "login.locked", (seconds + 59) / 60)
                : DomainException.of(Failure.TOO_MANY_ATTEMPTS, "login.throttled", seconds);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    /** After registering or resetting a password: say so, and fill in the username. */
    @PostConstruct
    void readFlash() {
        Map<String, Object> flash = facesContext.getExternalContext().getFlash();
        if (flash.get(FLASH_USERNAME) instanceof String name) {
            username = name;
        }
        if (flash.get(FLASH_NOTICE) instanceof String key) {
            notice = key;
        }
    }

    /** Sends the browser to the login page with a notice and the username filled in. */
    static void redirectHere(ExternalContext external, String username, String noticeKey) throws IOException {
        external.getFlash().put(FLASH_USERNAME, username);
        external.getFlash().put(FLASH_NOTICE, noticeKey);
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getNotice() {
        return notice;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
