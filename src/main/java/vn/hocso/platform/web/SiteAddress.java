package vn.hocso.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** The site's own address as the visitor reached it, for links that leave the page (QR codes, shared links). */
public final class SiteAddress {

    private SiteAddress() {
    }

    /** e.g. "https://hocso.example.vn/" (with the context path, and a final slash). */
    public static String of(HttpServletRequest request) {
        return request.getRequestURL().toString().replace(request.getRequestURI(), "") + request.getContextPath() + "/";
    }
}
