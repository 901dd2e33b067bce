package vn.hocso.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import vn.hocso.platform.i18n.Messages;

/** GET /language?lang=en&back=/page: remembers the choice for a year and goes back. */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale chosen = Messages.supported(Locale.forLanguageTag(String.valueOf(request.getParameter("lang"))));
        Cookie cookie = new Cookie(Language.COOKIE, chosen.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + LocalPaths.safe(request.getParameter("back")));
    }
}
