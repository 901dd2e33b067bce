package vn.hocso.classes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import vn.hocso.classes.model.ClassMember;
import vn.hocso.classes.service.RosterService;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.Language;

/** /learn/join.xhtml?key=…: joining a class with its key (typed, or in the link a trainer sent), and the learner's classes. */
@Named
@RequestScoped
public class JoinPage {

    private static final Set<String> PROBLEMS = Set.of("class.keyUnknown", "class.ended", "class.full");

    @Inject
    private RosterService rosters;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private String key;
    private Long joined;
    private String problem;
    private List<ClassMember> mine;

    /** A class the learner is in. */
    public record MyClass(long id, String title, String unit, String courseSlug, String courseTitle, String dates) {
    }

    public List<MyClass> getClasses() {
        if (mine == null) {
            mine = rosters.classesOf(current.actor());
        }
        return mine.stream().map(ClassMember::getTrainingClass).map(c -> new MyClass(c.getId(), c.getTitle(), c.getUnit().getName(),
                c.getCourse().getSlug(), c.getCourse().title().in(language.getLocale()),
                Dates.format(c.getStartDate()) + " – " + Dates.format(c.getEndDate()))).toList();
    }

    public MyClass getJoinedClass() {
        return joined == null ? null : getClasses().stream().filter(c -> c.id() == joined).findFirst().orElse(null);
    }

    public String getProblemText() {
        return problem != null && PROBLEMS.contains(problem) ? language.text(problem) : null;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Long getJoined() {
        return joined;
    }

    public void setJoined(Long joined) {
        this.joined = joined;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }
}
