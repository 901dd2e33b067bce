package vn.hocso.platform.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.DomainExceptions;

/**
 * A plain HTML form's target on a stateless page: checks the session's CSRF token, does
 * the one thing, and redirects to the page that follows (post, redirect, get). Plain
 * POSTs work on any phone, JavaScript or not; a domain failure becomes its status page.
 */
public abstract class FormAction extends HttpServlet {

    /** Does the work and answers the path (inside the application) to show next. */
    protected abstract String act(HttpServletRequest request);

    /**
     * Where to go when the work failed for a domain reason, with the problem's message key in
     * the address for the page to explain it; empty (the default) answers the failure's status.
     */
    protected Optional<String> pageExplaining(HttpServletRequest request, String messageKey) {
        return Optional.empty();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!CsrfToken.matches(request.getSession(false), request.getParameter("csrf"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            response.sendRedirect(request.getContextPath() + act(request));
        } catch (RuntimeException e) {
            DomainException domain = DomainExceptions.unwrap(e);
            if (domain == null) {
                throw e;
            }
            Optional<String> page = pageExplaining(request, domain.errors().get(0).messageKey());
            if (page.isPresent()) {
                response.sendRedirect(request.getContextPath() + page.get());
            } else {
                response.sendError(domain.failure().status());
            }
        }
    }
}
