package vn.hocso.courses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.model.EnrolmentStatus;

/**
 * Enrolment and completion counts per course, for the learners of the units the asker
 * looks after: an organizer's or trainer's subtree, everything for an administrator.
 */
@ApplicationScoped
public class CourseStatsService {

    private EntityManager em;
    private UnitService units;
    private CatalogService catalog;

    protected CourseStatsService() {
    }

    @Inject
    public CourseStatsService(EntityManager em, UnitService units, CatalogService catalog) {
        this.em = em;
        this.units = units;
        this.catalog = catalog;
    }

    /** One course's numbers within the asker's units. */
    public record CourseCounts(Course course, long enrolled, long completed) {
    }

    public List<CourseCounts> counts(Actor actor) {
        Set<String> unitCodes = units.followedBy(actor);
        Map<String, Long> enrolled = countBy(unitCodes, null);
        Map<String, Long> completed = countBy(unitCodes, EnrolmentStatus.COMPLETED);
        return catalog.browse(null, null, null).stream()
                .map(c -> new CourseCounts(c, enrolled.getOrDefault(c.getSlug(), 0L), completed.getOrDefault(c.getSlug(), 0L)))
                .toList();
    }

    private Map<String, Long> countBy(Collection<String> unitCodes, EnrolmentStatus status) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        String onlyStatus = status == null ? "" : " and e.status = :status";
        var query = em.createQuery("select e.course.slug, count(e) from Enrolment e where e.account.unit.code in :units"
                + onlyStatus + " group by e.course.slug", Object[].class)
                .setParameter("units", unitCodes);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }
}
