package vn.hocso.classes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hocso.classes.model.ClassSession;
import vn.hocso.classes.service.ClassService;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;

/** /training/checkin-screen.xhtml?session=…: the rotating QR code learners scan to check themselves in. */
@Named
@RequestScoped
public class CheckInScreenPage {

    @Inject
    private ClassService classes;
    @Inject
    private CurrentActor current;

    private long sessionId;
    private ClassSession session;

    private ClassSession session() {
        if (session == null) {
            session = classes.session(current.actor(), sessionId);
        }
        return session;
    }

    public String getClassTitle() {
        return session().getTrainingClass().getTitle();
    }

    public String getWhen() {
        return Dates.format(session().getStartsAt()) + " – " + Dates.format(session().getEndsAt()).substring(11);
    }

    public long getSessionId() {
        return sessionId;
    }

    public void setSessionId(long sessionId) {
        this.sessionId = sessionId;
    }
}
