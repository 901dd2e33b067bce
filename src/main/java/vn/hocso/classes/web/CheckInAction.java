package vn.hocso.classes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.hocso.classes.model.Attendance;
import vn.hocso.classes.service.AttendanceService;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FormAction;
import vn.hocso.platform.web.RequestParameters;

/**
 * POST /learn/checkin (session, code): a learner checks in with the code they scanned, and
 * comes back to the check-in page, which says how it went.
 */
@WebServlet("/learn/checkin")
public class CheckInAction extends FormAction {

    @Inject
    private AttendanceService attendance;
    @Inject
    private CurrentActor current;

    @Override
    protected String act(HttpServletRequest request) {
        Attendance mark = attendance.checkIn(current.actor(), session(request), request.getParameter("code"));
        return page(request) + "&done=" + mark.getStatus();
    }

    @Override
    protected Optional<String> pageExplaining(HttpServletRequest request, String messageKey) {
        return Optional.of(page(request) + "&problem=" + URLEncoder.encode(messageKey, StandardCharsets.UTF_8));
    }

    private static long session(HttpServletRequest request) {
        return RequestParameters.longValue(request, "session").orElse(-1);
    }

    private static String page(HttpServletRequest request) {
        return "/learn/checkin.xhtml?session=" + session(request);
    }
}
