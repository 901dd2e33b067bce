package vn.hocso.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.hocso.courses.content.Category;
import vn.hocso.courses.content.Competence;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.service.CatalogService;

/** /courses/: the public catalog, filtered by the query string so a search can be shared as a link. */
@Named
@RequestScoped
public class CatalogPage {

    @Inject
    private CatalogService catalog;

    private String q;
    private String category;
    private String competence;

    public List<Course> getCourses() {
        return catalog.browse(q, Category.fromCode(String.valueOf(category)).orElse(null),
                Competence.fromCode(String.valueOf(competence)).orElse(null));
    }

    public List<Category> getCategories() {
        return List.of(Category.values());
    }

    public List<Competence> getCompetences() {
        return List.of(Competence.values());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getCompetence() {
        return competence;
    }

    public void setCompetence(String competence) {
        this.competence = competence;
    }
}
