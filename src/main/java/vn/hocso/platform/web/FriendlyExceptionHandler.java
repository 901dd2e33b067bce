package vn.hocso.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import vn.hocso.platform.errors.DatabaseFailures;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.DomainExceptions;

/**
 * Keeps backing beans free of try/catch: a domain failure thrown by a service becomes
 * messages on the same page; an unreachable database becomes the 503 page. Anything else
 * goes on to the generic error page, which never shows a stack trace.
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
            }
        }
        getWrapped().handle();
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
