package vn.hocso.courses.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import vn.hocso.courses.content.ContentProblem;
import vn.hocso.courses.content.CourseArchive;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.service.CourseFolderLocation;
import vn.hocso.courses.service.CourseImportReport;
import vn.hocso.courses.service.CourseImportService;
import vn.hocso.courses.service.CourseUploadService;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.i18n.Messages;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;

/**
 * /admin/courses.xhtml: every course with where it came from; an administrator uploads a
 * course folder as a ZIP, reads the courses folder again, and retires or restores courses.
 */
@Named
@ViewScoped
public class CourseAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseImportService imports;
    @Inject
    private CourseUploadService uploads;
    @Inject
    private CourseFolderLocation folder;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private List<CourseRow> rows;
    private List<String> reportLines = List.of();

    /** One line of the table, in the page's language. */
    public record CourseRow(String slug, String title, String category, String content, String source,
                            String importedAt, boolean active) implements Serializable {
    }

    @PostConstruct
    void load() {
        rows = imports.all(current.actor()).stream().map(this::row).toList();
    }

    private CourseRow row(Course course) {
        String source = course.getImportedBy() == null ? language.text("courseAdmin.fromFolder")
                : language.text("courseAdmin.uploadedBy", course.getImportedBy());
        return new CourseRow(course.getSlug(), course.title().in(language.getLocale()),
                language.text("category." + course.getCategory().code()),
                language.text("courseAdmin.counts", course.activeLessons().size(), course.activeQuizzes().size()), source, Dates.format(course.getImportedAt()),
                course.isActive());
    }

    public void upload(FileUploadEvent event) {
        Course course;
        try (InputStream zip = event.getFile().getInputStream()) {
            course = uploads.upload(current.actor(), event.getFile().getFileName(), zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reportLines = List.of();
        done("courseAdmin.uploaded", course.title().in(language.getLocale()), course.activeLessons().size());
    }

    public void importFolder() {
        CourseImportReport report = imports.importFolder(current.actor(), folder.root().orElseThrow());
        reportLines = report.rejected().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(rejected -> rejected.getValue().stream().map(this::describe))
                .toList();
        done("courseAdmin.folderImported", report.imported().size(), report.keptUploads().size(), report.rejected().size());
    }

    private String describe(ContentProblem problem) {
        return Messages.located(language.getLocale(), problem.file(), problem.line(), problem.messageKey(), problem.arguments());
    }

    public void retire(String slug) {
        imports.retire(current.actor(), slug);
        done("courseAdmin.retired", slug);
    }

    public void restore(String slug) {
        imports.restore(current.actor(), slug);
        done("courseAdmin.restored", slug);
    }

    private void done(String messageKey, Object... arguments) {
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text(messageKey, arguments));
        load();
    }

    public boolean isFolderKnown() {
        return folder.root().isPresent();
    }

    public List<CourseRow> getRows() {
        return rows;
    }

    public List<String> getReportLines() {
        return reportLines;
    }

    public long getMaxUploadBytes() {
        return CourseArchive.Limits.DEFAULT.maxUploadBytes();
    }
}
