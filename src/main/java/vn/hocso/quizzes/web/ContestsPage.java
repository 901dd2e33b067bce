package vn.hocso.quizzes.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.web.UnitOption;
import vn.hocso.accounts.web.UnitPicker;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.service.CatalogService;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;
import vn.hocso.quizzes.service.ContestService;

/** /organizer/contests.xhtml: the contests of an organizer's units, and planning a new one. */
@Named
@ViewScoped
public class ContestsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    private ContestService contests;
    @Inject
    private CatalogService catalog;
    @Inject
    private UnitPicker unitPicker;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private List<ContestRow> rows;
    private String title;
    private Long quizId;
    private UnitOption unit;
    private LocalDateTime startsAt;
    private Integer durationMinutes = 30;

    /** A contest in the list. */
    public record ContestRow(long id, String title, String unit, String startsAt, int durationMinutes) implements Serializable {
    }

    /** A quiz to choose, named with its course. */
    public record QuizOption(long id, String label) implements Serializable {
    }

    @PostConstruct
    void load() {
        rows = contests.managed(current.actor()).stream().map(c -> new ContestRow(c.getId(), c.getTitle(), c.getUnit().getName(),
                Dates.format(c.getStartsAt()), c.getDurationMinutes())).toList();
        if (unit == null) {
            current.actor().scope(Role.ORGANIZER).ifPresent(code -> unit = unitPicker.byCode(code));
        }
    }

    public void create() {
        contests.create(current.actor(), title, quizId == null ? -1 : quizId, unit == null ? null : unit.code(),
                startsAt == null ? null : startsAt.atZone(VIETNAM).toInstant(), durationMinutes);
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("contest.created", title));
        title = null;
        load();
    }

    public List<QuizOption> getQuizzes() {
        return catalog.browse(null, null, null).stream()
                .flatMap(course -> course.activeQuizzes().stream().map(q -> new QuizOption(q.getId(),
                        label(course, q.title().in(language.getLocale())))))
                .toList();
    }

    private String label(Course course, String quizTitle) {
        return course.title().in(language.getLocale()) + " – " + quizTitle;
    }

    public List<ContestRow> getRows() {
        return rows;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getQuizId() {
        return quizId;
    }

    public void setQuizId(Long quizId) {
        this.quizId = quizId;
    }

    public UnitOption getUnit() {
        return unit;
    }

    public void setUnit(UnitOption unit) {
        this.unit = unit;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }
}
