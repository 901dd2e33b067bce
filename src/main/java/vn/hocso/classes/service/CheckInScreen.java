package vn.hocso.classes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import vn.hocso.accounts.core.Actor;
import vn.hocso.classes.core.CheckInCode;
import vn.hocso.classes.model.ClassSession;

/** What the trainer's screen shows for self check-in: the current code and the page its QR code opens. */
@ApplicationScoped
public class CheckInScreen {

    /** The learner's check-in page, relative to the site's root. */
    public static final String PAGE = "learn/checkin.xhtml";

    private Clock clock;
    private ClassService classes;

    protected CheckInScreen() {
    }

    @Inject
    public CheckInScreen(Clock clock, ClassService classes) {
        this.clock = clock;
        this.classes = classes;
    }

    public record Shown(long sessionId, String code, String path, Instant changesAt, boolean running) {
    }

    public Shown now(Actor actor, long sessionId) {
        ClassSession session = classes.session(actor, sessionId);
        Instant now = clock.instant();
        CheckInCode code = session.checkInCode();
        String current = code.at(now);
        return new Shown(sessionId, current, PAGE + "?session=" + sessionId + "&code="
                + URLEncoder.encode(current, StandardCharsets.UTF_8), code.nextChange(now), session.time().isRunning(now));
    }
}
