package vn.hocso.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Which PrimeFaces theme a page loads: organizers and administrators work with PrimeFaces
 * tables at a desk; learner pages use none of it and load only HọcSố's own small CSS.
 */
@Named
@RequestScoped
public class PageStyle {

    private static final String DESK_THEME = "saga";
    private static final String NO_THEME = "none";

    @Inject
    private HttpServletRequest request;

    public String getTheme() {
        String path = request.getServletPath();
        return path.startsWith("/organizer/") || path.startsWith("/admin/") || path.startsWith("/training/")
                ? DESK_THEME : NO_THEME;
    }
}
