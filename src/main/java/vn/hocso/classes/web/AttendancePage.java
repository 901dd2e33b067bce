package vn.hocso.classes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hocso.classes.core.AttendanceStatus;
import vn.hocso.classes.model.Attendance;
import vn.hocso.classes.model.ClassSession;
import vn.hocso.classes.service.ClassService;
import vn.hocso.classes.service.ClassSheet;
import vn.hocso.classes.service.ClassSheets;
import vn.hocso.platform.api.JsonConfig;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.Language;

/**
 * /training/attendance.xhtml?session=…: the roster of one session as a checklist for the
 * trainer's phone. attendance.js keeps every mark on the phone and sends what the server
 * lacks whenever there is a connection; this bean hands it the roster and its texts.
 */
@Named
@RequestScoped
public class AttendancePage {

    private static final List<String> TEXTS = List.of("attendance.saved", "attendance.saving", "attendance.offline",
            "attendance.loginAgain", "attendance.refused", "attendance.remark",
            "attendance.walkInQueued", "attendance.counts");

    @Inject
    private ClassSheets sheets;
    @Inject
    private ClassService classes;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private long sessionId;
    private ClassSession session;
    private ClassSheet sheet;

    /** A learner as the checklist shows them, with the mark the server has. */
    public record Learner(String username, String fullName, String status, String remark) {
    }

    private void load() {
        if (session == null) {
            session = classes.session(current.actor(), sessionId);
            sheet = sheets.sheet(current.actor(), session.getTrainingClass().getId());
        }
    }

    public String getClassTitle() {
        load();
        return sheet.trainingClass().getTitle();
    }

    public long getClassId() {
        load();
        return sheet.trainingClass().getId();
    }

    public String getWhen() {
        load();
        return Dates.format(session.getStartsAt()) + " – " + Dates.format(session.getEndsAt()).substring(11);
    }

    /** The roster in Vietnamese name order with the server's marks, as JSON for attendance.js. */
    public String getRoster() {
        load();
        List<Long> sessionIds = sheet.sessions().stream().map(ClassSession::getId).toList();
        int column = sessionIds.indexOf(session.getId());
        List<Learner> learners = sheet.rows().stream().map(row -> {
            Optional<Attendance> mark = row.marks().get(column);
            return new Learner(row.member().getAccount().getUsername(), row.fullName(),
                    mark.map(a -> a.getStatus().name()).orElse(null), mark.map(Attendance::getRemark).orElse(null));
        }).toList();
        return JsonConfig.toJson(learners);
    }

    /** Status names and labels in the page's language, in checklist order. */
    public String getStatuses() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (AttendanceStatus status : AttendanceStatus.values()) {
            labels.put(status.name(), language.text("attendance.status." + status));
        }
        return JsonConfig.toJson(labels);
    }

    public String getTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        TEXTS.forEach(key -> texts.put(key.substring(key.indexOf('.') + 1), language.text(key)));
        return JsonConfig.toJson(texts);
    }

    public long getSessionId() {
        return sessionId;
    }

    public void setSessionId(long sessionId) {
        this.sessionId = sessionId;
    }
}
