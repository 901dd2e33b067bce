package vn.hocso.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import vn.hocso.platform.errors.Causes;
import vn.hocso.platform.errors.DatabaseFailures;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.DomainExceptions;

/**
 * Keeps backing beans free of try/catch: a domain failure thrown by a service becomes
 * messages on the same page; an unreachable database becomes the 503 page; an expired
 * view is loaded again. Anything else goes on to the generic error page, which never
 * shows a stack trace.
 */
public class FriendlyExceptionHandler extends ExceptionHandlerWrapper {

    public FriendlyExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            DomainException domain = DomainExceptions.unwrap(thrown);
            if (domain != null) {
                events.remove();
                FacesErrors.show(context, domain);
                context.renderResponse();
            } else if (DatabaseFailures.isDatabaseDown(thrown)) {
                events.remove();
                sendDatabaseUnavailable(context);
            } else if (Causes.find(thrown, ViewExpiredException.class).isPresent()) {
                events.remove();
                reloadPage(context);
            }
        }
        getWrapped().handle();
    }

    /**
     * The session ended while the page was open (only logged-in pages keep state): load
     * the page afresh, which leads through the login page back to it.
     */
    private static void reloadPage(FacesContext context) {
        try {
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            context.getExternalContext().redirect(request.getRequestURI());
            context.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    private static void sendDatabaseUnavailable(FacesContext context) {
        try {
            context.getExternalContext().responseReset();
            context.getExternalContext().responseSendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, null);
            context.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }
}
