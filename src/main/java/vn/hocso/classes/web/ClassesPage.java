package vn.hocso.classes.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.web.UnitOption;
import vn.hocso.accounts.web.UnitPicker;
import vn.hocso.classes.core.ClassDetails;
import vn.hocso.classes.core.ClassKind;
import vn.hocso.classes.core.ClassMode;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.classes.service.ClassService;
import vn.hocso.courses.service.CatalogService;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.Language;

/** /training/classes.xhtml: the classes someone runs or oversees, by year, and planning a new one. */
@Named
@ViewScoped
public class ClassesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClassService classes;
    @Inject
    private CatalogService catalog;
    @Inject
    private UnitPicker unitPicker;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private Integer year = LocalDate.now(Dates.VIETNAM).getYear();
    private List<ClassRow> rows;
    private final ClassForm form = new ClassForm();

    /** A class in the list. */
    public record ClassRow(long id, String title, String unit, String kind, String mode, String dates) implements Serializable {
    }

    /** A course to choose. */
    public record CourseOption(String slug, String title) implements Serializable {
    }

    @PostConstruct
    void load() {
        rows = classes.list(current.actor(), null, year).stream().map(this::row).toList();
        if (form.getUnit() == null) {
            current.actor().scope(Role.ORGANIZER).or(() -> current.actor().scope(Role.TRAINER))
                    .ifPresent(code -> form.setUnit(unitPicker.byCode(code)));
        }
    }

    private ClassRow row(TrainingClass c) {
        return new ClassRow(c.getId(), c.getTitle(), c.getUnit().getName(), language.text("classKind." + c.getKind()),
                language.text("classMode." + c.getMode()), Dates.format(c.getStartDate()) + " – " + Dates.format(c.getEndDate()));
    }

    /** Creates the class and opens its page, where sessions and the roster are added. */
    public void create() throws IOException {
        ClassDetails details = new ClassDetails(form.getTitle(), form.getKind(), form.getMode(), form.getLocation(),
                form.getCapacity(), form.getStartDate(), form.getEndDate(),
                form.getThreshold() == null ? ClassDetails.DEFAULT_THRESHOLD : form.getThreshold(), form.points());
        UnitOption unit = form.getUnit();
        TrainingClass created = classes.create(current.actor(), details, form.getCourseSlug(), unit == null ? null : unit.code());
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                + "/training/class.xhtml?id=" + created.getId());
    }

    public void filter() {
        load();
    }

    public List<CourseOption> getCourses() {
        return catalog.browse(null, null, null).stream()
                .map(c -> new CourseOption(c.getSlug(), c.title().in(language.getLocale()))).toList();
    }

    public ClassKind[] getKinds() {
        return ClassKind.values();
    }

    public ClassMode[] getModes() {
        return ClassMode.values();
    }

    public List<ClassRow> getRows() {
        return rows;
    }

    public ClassForm getForm() {
        return form;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
