package vn.hocso.courses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.courses.content.CourseCatalogReader;
import vn.hocso.courses.content.CourseDefinition;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.model.CourseSource;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.quizzes.service.QuestionBankService;

/**
 * Brings the database in line with course content: each course that reads cleanly is
 * created or updated in place by slug (lessons and quizzes too, missing ones retired);
 * a broken course changes nothing and is reported with its problems; each quiz's question
 * bank follows its file. A course an
 * administrator uploaded is newer than the folder and is not overwritten by it.
 */
@ApplicationScoped
public class CourseImportService {

    private EntityManager em;
    private Clock clock;
    private AuditLog audit;
    private QuestionBankService bank;

    protected CourseImportService() {
    }

    @Inject
    public CourseImportService(EntityManager em, Clock clock, AuditLog audit, QuestionBankService bank) {
        this.em = em;
        this.clock = clock;
        this.audit = audit;
        this.bank = bank;
    }

    /** At start-up, when nobody asks: the folder shipped with the application or configured. */
    @Transactional
    public CourseImportReport importFolder(Path root) {
        CourseCatalogReader.Catalog catalog = CourseCatalogReader.read(root);
        List<String> imported = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (CourseDefinition definition : catalog.courses()) {
            Optional<Course> existing = find(definition.slug());
            if (existing.isPresent() && existing.get().getSource() == CourseSource.UPLOAD) {
                kept.add(definition.slug());
            } else {
                save(definition, CourseSource.FOLDER, null, existing);
                imported.add(definition.slug());
            }
        }
        return new CourseImportReport(imported, kept, catalog.rejected());
    }

    /** An administrator asks for the folder to be read again (after it was updated on the server). */
    @Transactional
    public CourseImportReport importFolder(Actor actor, Path root) {
        Access.requireAdmin(actor);
        CourseImportReport report = importFolder(root);
        audit.record(actor.username(), "COURSES_IMPORT", "courses", "imported " + report.imported()
                + ", kept uploads " + report.keptUploads() + ", rejected " + report.rejected().keySet());
        return report;
    }

    /** A course read from an administrator's upload, replacing whatever had this slug. */
    @Transactional
    public Course importUpload(Actor actor, CourseDefinition definition, String fileName) {
        Access.requireAdmin(actor);
        Course course = save(definition, CourseSource.UPLOAD, actor.username(), find(definition.slug()));
        audit.record(actor.username(), "COURSE_UPLOAD", "course:" + definition.slug(),
                fileName + ": " + definition.lessons().size() + " lessons, " + definition.quizzes().size() + " quizzes");
        return course;
    }

    @Transactional
    public void retire(Actor actor, String slug) {
        Access.requireAdmin(actor);
        get(slug).retire(clock.instant());
        audit.record(actor.username(), "COURSE_RETIRE", "course:" + slug, "");
    }

    @Transactional
    public void restore(Actor actor, String slug) {
        Access.requireAdmin(actor);
        get(slug).restore();
        audit.record(actor.username(), "COURSE_RESTORE", "course:" + slug, "");
    }

    /** Every course, retired ones too, for the administrator's list. */
    public List<Course> all(Actor actor) {
        Access.requireAdmin(actor);
        return em.createQuery("select c from Course c order by c.slug", Course.class).getResultList();
    }

    public Optional<Course> find(String slug) {
        return em.createQuery("select c from Course c where c.slug = :slug", Course.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    private Course get(String slug) {
        return find(slug).orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "course.unknown", slug));
    }

    private Course save(CourseDefinition definition, CourseSource source, String by, Optional<Course> existing) {
        Course course = existing.orElseGet(() -> {
            Course created = new Course(definition.slug());
            em.persist(created);
            return created;
        });
        course.update(definition, source, by, clock.instant());
        em.flush();
        for (CourseDefinition.QuizDefinition quiz : definition.quizzes()) {
            bank.sync(course.findQuiz(quiz.file()).orElseThrow(), quiz.questions());
        }
        return course;
    }
}
