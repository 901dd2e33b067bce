package vn.hocso.courses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hocso.courses.content.CourseCatalogReader;
import vn.hocso.courses.content.CourseDefinition;
import vn.hocso.courses.model.Course;

/**
 * Brings the database in line with a folder of courses: each course that reads cleanly is
 * created or updated in place by slug (lessons and quizzes too, missing ones retired);
 * a broken course changes nothing and is reported with its problems.
 */
@ApplicationScoped
public class CourseImportService {

    private EntityManager em;
    private Clock clock;

    protected CourseImportService() {
    }

    @Inject
    public CourseImportService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public CourseCatalogReader.Catalog importFolder(Path root) {
        CourseCatalogReader.Catalog catalog = CourseCatalogReader.read(root);
        Instant now = clock.instant();
        catalog.courses().forEach(definition -> save(definition, now));
        return catalog;
    }

    private void save(CourseDefinition definition, Instant now) {
        Course course = find(definition.slug()).orElseGet(() -> {
            Course created = new Course(definition.slug());
            em.persist(created);
            return created;
        });
        course.update(definition, now);
    }

    public Optional<Course> find(String slug) {
        return em.createQuery("select c from Course c where c.slug = :slug", Course.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public List<Course> all() {
        return em.createQuery("select c from Course c order by c.slug", Course.class).getResultList();
    }
}
