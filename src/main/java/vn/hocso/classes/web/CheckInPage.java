package vn.hocso.classes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import vn.hocso.platform.web.Language;

/**
 * /learn/checkin.xhtml?session=…&code=…: what a learner's phone opens from the QR code: one
 * button to confirm, then the outcome (present, late, or why not).
 */
@Named
@RequestScoped
public class CheckInPage {

    /** The problems the page may name; anything else in the address is ignored. */
    private static final Set<String> PROBLEMS = Set.of("checkin.codeExpired", "checkin.notRunning", "checkin.notOnRoster",
            "session.unknown", "auth.required");

    @Inject
    private Language language;

    private long session;
    private String code;
    private String done;
    private String problem;

    public String getOutcome() {
        if (done != null && Set.of("PRESENT", "LATE").contains(done)) {
            return language.text("checkin.done", language.text("attendance.status." + done));
        }
        return null;
    }

    public String getProblemText() {
        return problem != null && PROBLEMS.contains(problem) ? language.text(problem) : null;
    }

    public long getSession() {
        return session;
    }

    public void setSession(long session) {
        this.session = session;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }
}
