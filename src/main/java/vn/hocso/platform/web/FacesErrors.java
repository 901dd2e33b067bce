package vn.hocso.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.FieldError;
import vn.hocso.platform.i18n.Messages;

/**
 * Shows a domain failure on the page: each field error next to its field (the input
 * whose id is the field name with dots as underscores, "guardian.phone" → "guardian_phone"),
 * the rest at the top of the page, problems in imported files with their file and line.
 */
public final class FacesErrors {

    private FacesErrors() {
    }

    public static void show(FacesContext context, DomainException failure) {
        Locale locale = locale(context);
        Map<String, String> clientIds = inputClientIds(context);
        for (FieldError error : failure.errors()) {
            String text = error.line() == null ? Messages.text(locale, error.messageKey(), error.arguments().toArray())
                    : Messages.located(locale, error.field(), error.line(), error.messageKey(), error.arguments());
            String clientId = error.field() == null ? null : clientIds.get(error.field().replace('.', '_'));
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            if (clientId != null) {
                context.validationFailed();
            }
        }
    }

    /** The visitor's language: the view's is not set yet while a page's view action runs. */
    private static Locale locale(FacesContext context) {
        if (context.getExternalContext().getRequest() instanceof HttpServletRequest request) {
            return Language.fromCookies(request.getCookies());
        }
        return context.getViewRoot() == null ? Messages.VIETNAMESE : context.getViewRoot().getLocale();
    }

    public static void info(FacesContext context, String text) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * Component ids to client ids, from the form that was submitted (another form may use
     * the same field name for something else); the whole page when no form was submitted.
     */
    private static Map<String, String> inputClientIds(FacesContext context) {
        Map<String, String> submitted = new HashMap<>();
        Map<String, String> all = new HashMap<>();
        if (context.getViewRoot() != null) {
            context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
                remember(all, context, component);
                if (inSubmittedForm(component)) {
                    remember(submitted, context, component);
                }
                return VisitResult.ACCEPT;
            });
        }
        return submitted.isEmpty() ? all : submitted;
    }

    private static boolean inSubmittedForm(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (c instanceof UIForm form) {
                return form.isSubmitted();
            }
        }
        return false;
    }

    private static void remember(Map<String, String> ids, FacesContext context, UIComponent component) {
        if (component.getId() != null) {
            ids.putIfAbsent(component.getId(), component.getClientId(context));
        }
    }
}
