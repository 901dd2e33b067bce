package vn.hocso.classes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.hocso.classes.service.CheckInScreen;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.DomainExceptions;
import vn.hocso.platform.qr.QrSvg;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.RequestParameters;
import vn.hocso.platform.web.SiteAddress;

/** GET /training/checkin-qr.svg?session=…: the QR code of the check-in page with the current code, for the trainer's screen. */
@WebServlet("/training/checkin-qr.svg")
public class CheckInQr extends HttpServlet {

    @Inject
    private CheckInScreen screen;
    @Inject
    private CurrentActor current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CheckInScreen.Shown shown;
        try {
            shown = screen.now(current.actor(), RequestParameters.longValue(request, "session").orElse(-1));
        } catch (RuntimeException e) {
            DomainException domain = DomainExceptions.unwrap(e);
            if (domain == null) {
                throw e;
            }
            response.sendError(domain.failure().status());
            return;
        }
        response.setContentType("image/svg+xml");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(QrSvg.of(SiteAddress.of(request) + shown.path()).getBytes(StandardCharsets.UTF_8));
    }
}
