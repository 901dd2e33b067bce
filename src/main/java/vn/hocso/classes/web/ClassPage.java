package vn.hocso.classes.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hocso.accounts.web.UnitPicker;
import vn.hocso.classes.core.AttendanceRates;
import vn.hocso.classes.core.ClassDetails;
import vn.hocso.classes.core.ClassKind;
import vn.hocso.classes.core.ClassMode;
import vn.hocso.classes.core.SessionPlan;
import vn.hocso.classes.model.ClassSession;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.classes.service.ClassService;
import vn.hocso.classes.service.ClassSheet;
import vn.hocso.classes.service.ClassSheets;
import vn.hocso.classes.service.RosterService;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.model.CourseQuiz;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;
import vn.hocso.platform.web.SiteAddress;
import vn.hocso.quizzes.service.QuizResultsService;

/**
 * /training/class.xhtml?id=…: a class for those who run it: its details, key and link,
 * trainers, sessions, roster with attendance rates and learners at risk, and exports.
 */
@Named
@ViewScoped
public class ClassPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClassService classes;
    @Inject
    private RosterService rosters;
    @Inject
    private ClassSheets sheets;
    @Inject
    private QuizResultsService quizResults;
    @Inject
    private UnitPicker unitPicker;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;
    @Inject
    private Clock clock;

    private long id;
    private transient ClassSheet sheet;
    /** Built once per change: the table asks for its rows several times a request. */
    private List<LearnerRow> learners;
    private final ClassForm form = new ClassForm();
    private final SessionsForm sessionsForm = new SessionsForm();
    private String newMember;
    private String newTrainer;

    /** One session's line. */
    public record SessionRow(long id, String when, String rate, boolean held, boolean running) implements Serializable {
    }

    /** One learner's line; quiz is their grade on the course's final quiz. */
    public record LearnerRow(String username, String fullName, String unit, String joinedBy, String rate, boolean atRisk,
                             String quiz, String completed) implements Serializable {
    }

    /** A quiz of the class's course, with the page of its results for this class. */
    public record QuizLink(long id, String title) implements Serializable {
    }

    public void load() {
        learners = null;
        sheet = sheets.sheet(current.actor(), id);
        TrainingClass c = sheet.trainingClass();
        ClassDetails details = c.details();
        form.setTitle(details.title());
        form.setKind(details.kind());
        form.setMode(details.mode());
        form.setLocation(details.location());
        form.setCapacity(details.capacity());
        form.setStartDate(details.startDate());
        form.setEndDate(details.endDate());
        form.setThreshold(details.attendanceThresholdPercent());
        form.setPoints(details.points());
        form.setUnit(unitPicker.byCode(c.getUnit().getCode()));
    }

    private ClassSheet sheet() {
        if (sheet == null) {
            load();
        }
        return sheet;
    }

    public TrainingClass getTrainingClass() {
        return sheet().trainingClass();
    }

    public String getCourseTitle() {
        return getTrainingClass().getCourse().title().in(language.getLocale());
    }

    public String getDates() {
        return Dates.format(getTrainingClass().getStartDate()) + " – " + Dates.format(getTrainingClass().getEndDate());
    }

    /** The link learners open to join, with the key in it. */
    public String getJoinLink() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return SiteAddress.of(request) + "learn/join.xhtml?key=" + getTrainingClass().getEnrolmentKey();
    }

    public List<SessionRow> getSessions() {
        List<SessionRow> rows = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < sheet().sessions().size(); i++) {
            ClassSession session = sheet().sessions().get(i);
            AttendanceRates.SessionRate rate = sheet().sessionRates().get(i);
            rows.add(new SessionRow(session.getId(), Dates.format(session.getStartsAt()) + " – "
                    + Dates.format(session.getEndsAt()).substring(11), percent(rate.percent()), rate.held(),
                    session.time().isRunning(now)));
        }
        return rows;
    }

    public List<LearnerRow> getLearners() {
        if (learners == null) {
            learners = learnerRows();
        }
        return learners;
    }

    private List<LearnerRow> learnerRows() {
        Map<Long, BigDecimal> grades = finalQuiz().map(quiz -> quizResults.grades(current.actor(), quiz,
                sheet().rows().stream().map(r -> r.member().getAccount().getId()).toList())).orElse(Map.of());
        return sheet().rows().stream().map(r -> new LearnerRow(r.member().getAccount().getUsername(), r.fullName(),
                r.member().getAccount().getUnit() == null ? "" : r.member().getAccount().getUnit().getName(),
                language.text("joinedBy." + r.member().getJoinedBy()), percent(r.rate().percent()), r.rate().atRisk(),
                percent(Optional.ofNullable(grades.get(r.member().getAccount().getId()))),
                Dates.format(r.member().getCompletedAt()))).toList();
    }

    public List<QuizLink> getQuizzes() {
        return getTrainingClass().getCourse().activeQuizzes().stream()
                .map(q -> new QuizLink(q.getId(), q.title().in(language.getLocale()))).toList();
    }

    /** The quiz that completes the course, else its first quiz. */
    private Optional<CourseQuiz> finalQuiz() {
        Course course = getTrainingClass().getCourse();
        return Optional.ofNullable(course.getCompletionQuiz()).flatMap(course::findQuiz)
                .or(() -> course.activeQuizzes().stream().findFirst());
    }

    public long getAtRiskCount() {
        return sheet().atRisk().size();
    }

    private String percent(Optional<BigDecimal> value) {
        return value.map(v -> language.number(v, 1) + " %").orElse("–");
    }

    public void save() {
        classes.update(current.actor(), id, new ClassDetails(form.getTitle(), form.getKind(), form.getMode(), form.getLocation(),
                form.getCapacity(), form.getStartDate(), form.getEndDate(),
                form.getThreshold() == null ? ClassDetails.DEFAULT_THRESHOLD : form.getThreshold(),
                form.points()), form.getUnit() == null ? getTrainingClass().getUnit().getCode() : form.getUnit().code());
        done("class.saved");
    }

    public void addSessions() {
        SessionPlan plan = new SessionPlan(sessionsForm.getFirstDay(), Dates.time("startTime", sessionsForm.getStartTime()),
                Dates.time("endTime", sessionsForm.getEndTime()), Set.of(sessionsForm.getDays()),
                sessionsForm.getWeeks() == null ? 1 : sessionsForm.getWeeks());
        int added = classes.addSessions(current.actor(), id, plan).size();
        done("class.sessionsAdded", added);
    }

    public void removeSession(long sessionId) {
        classes.removeSession(current.actor(), sessionId);
        done("class.sessionRemoved");
    }

    public void addMember() {
        rosters.add(current.actor(), id, newMember);
        newMember = null;
        done("class.memberAdded");
    }

    public void removeMember(String username) {
        rosters.remove(current.actor(), id, username);
        done("class.memberRemoved");
    }

    public void addTrainer() {
        classes.addTrainer(current.actor(), id, newTrainer);
        newTrainer = null;
        done("class.trainerAdded");
    }

    public void removeTrainer(String username) {
        classes.removeTrainer(current.actor(), id, username);
        done("class.trainerRemoved");
    }

    public void newKey() {
        classes.newEnrolmentKey(current.actor(), id);
        done("class.keyChanged");
    }

    private void done(String key, Object... arguments) {
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text(key, arguments));
        load();
    }


    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, language.getLocale());
    }

    public DayOfWeek[] getWeekDays() {
        return DayOfWeek.values();
    }

    public boolean isOutreach() {
        return getTrainingClass().getKind() == ClassKind.OUTREACH;
    }

    public ClassKind[] getKinds() {
        return ClassKind.values();
    }

    public ClassMode[] getModes() {
        return ClassMode.values();
    }

    public ClassForm getForm() {
        return form;
    }

    public SessionsForm getSessionsForm() {
        return sessionsForm;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getNewMember() {
        return newMember;
    }

    public void setNewMember(String newMember) {
        this.newMember = newMember;
    }

    public String getNewTrainer() {
        return newTrainer;
    }

    public void setNewTrainer(String newTrainer) {
        this.newTrainer = newTrainer;
    }
}
