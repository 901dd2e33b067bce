package vn.hocso.courses.service;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.courses.content.ContentProblem;
import vn.hocso.platform.db.SchemaMigration;
import vn.hocso.platform.i18n.Messages;

/**
 * Imports the courses when the application starts: from HOCSO_COURSES_DIR when set (a
 * province's own folder), otherwise the courses shipped inside the bundle.
 */
@WebListener
public class StartupCourseImport implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupCourseImport.class.getName());

    @Inject
    private CourseImportService imports;
    @Inject
    private SchemaMigration schema;
    @Inject
    private CourseFolderLocation location;
    @Inject
    private Event<CoursesReady> ready;
    @Inject
    @ConfigProperty(name = "hocso.courses.dir")
    private Optional<String> coursesDir;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!schema.isMigrated()) {
            LOG.warning("Database not ready: courses were not imported at start-up");
            return;
        }
        Path root = coursesDir.filter(dir -> !dir.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(event.getServletContext().getRealPath("/WEB-INF/courses")));
        location.remember(root);
        CourseImportReport report = imports.importFolder(root);
        LOG.info(() -> "Imported " + report.imported().size() + " course(s) from " + root
                + (report.keptUploads().isEmpty() ? "" : "; kept the uploaded version of " + report.keptUploads()));
        report.rejected().forEach((slug, problems) -> LOG.warning(() -> "Course " + slug + " was not imported:\n"
                + problems.stream().map(StartupCourseImport::describe).collect(Collectors.joining("\n"))));
        ready.fire(new CoursesReady());
    }

    private static String describe(ContentProblem problem) {
        return "  " + Messages.located(Locale.ENGLISH, problem.file(), problem.line(), problem.messageKey(), problem.arguments());
    }
}
