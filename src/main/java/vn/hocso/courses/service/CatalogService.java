package vn.hocso.courses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import vn.hocso.accounts.core.SearchText;
import vn.hocso.courses.content.Category;
import vn.hocso.courses.content.Competence;
import vn.hocso.courses.content.CourseImages;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.model.CourseImage;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;

/** The public catalog: anyone may browse it and read a course's page. */
@ApplicationScoped
public class CatalogService {

    private EntityManager em;

    protected CatalogService() {
    }

    @Inject
    public CatalogService(EntityManager em) {
        this.em = em;
    }

    /** Active courses matching a search (diacritics optional) and the filters, each optional. */
    public List<Course> browse(String query, Category category, Competence competence) {
        String folded = SearchText.fold(query);
        return em.createQuery("select c from Course c where c.retiredAt is null order by c.slug", Course.class)
                .getResultList().stream()
                .filter(c -> folded.isEmpty() || c.matches(folded))
                .filter(c -> category == null || c.getCategory() == category)
                .filter(c -> competence == null || c.competenceSet().contains(competence))
                .toList();
    }

    public Optional<Course> find(String slug) {
        return em.createQuery("select c from Course c where c.slug = :slug and c.retiredAt is null", Course.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** An image of a course's lessons; lessons need a login, their images do not (they hold nothing personal). */
    public Optional<CourseImage> findImage(String slug, String name) {
        if (!CourseImages.isValidName(name)) {
            return Optional.empty();
        }
        return em.createQuery("select i from CourseImage i where i.course.slug = :slug and i.name = :name", CourseImage.class)
                .setParameter("slug", slug).setParameter("name", name).getResultStream().findFirst();
    }

    public Course get(String slug) {
        return find(slug).orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "course.unknown", slug));
    }
}
