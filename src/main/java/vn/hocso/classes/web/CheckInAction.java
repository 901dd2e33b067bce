package vn.hocso.classes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.hocso.classes.model.Attendance;
import vn.hocso.classes.service.AttendanceService;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.DomainExceptions;
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
        long session = RequestParameters.longValue(request, "session").orElse(-1);
        String page = "/learn/checkin.xhtml?session=" + session;
        try {
            Attendance mark = attendance.checkIn(current.actor(), session, request.getParameter("code"));
            return page + "&done=" + mark.getStatus();
        } catch (RuntimeException e) {
            DomainException domain = DomainExceptions.unwrap(e);
            if (domain == null) {
                throw e;
            }
            return page + "&problem=" + URLEncoder.encode(domain.errors().get(0).messageKey(), StandardCharsets.UTF_8);
        }
    }
}
