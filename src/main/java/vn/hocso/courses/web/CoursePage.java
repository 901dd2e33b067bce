package vn.hocso.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.courses.model.Lesson;
import vn.hocso.courses.service.CatalogService;
import vn.hocso.courses.service.EnrolmentService;
import vn.hocso.platform.security.CurrentActor;

/** /courses/course.xhtml?slug=…: what the course teaches, its lessons, and enrolling. */
@Named
@RequestScoped
public class CoursePage {

    @Inject
    private CatalogService catalog;
    @Inject
    private EnrolmentService enrolments;
    @Inject
    private CurrentActor current;

    private String slug;
    private Course course;
    private Optional<Enrolment> enrolment;

    public Course getCourse() {
        if (course == null) {
            course = catalog.get(slug);
        }
        return course;
    }

    public Enrolment getEnrolment() {
        if (enrolment == null) {
            enrolment = current.actor().isAuthenticated() ? enrolments.find(current.actor(), slug) : Optional.empty();
        }
        return enrolment.orElse(null);
    }

    public boolean isLoggedIn() {
        return current.actor().isAuthenticated();
    }

    public boolean isDone(Lesson lesson) {
        return getEnrolment() != null && getEnrolment().isDone(lesson);
    }

    /** Where "continue" leads: the lesson last opened, else the first not yet done. */
    public Lesson getNextLesson() {
        Enrolment mine = getEnrolment();
        if (mine != null && mine.getLastLesson() != null && mine.getLastLesson().isActive() && !mine.isDone(mine.getLastLesson())) {
            return mine.getLastLesson();
        }
        return getCourse().activeLessons().stream().filter(l -> !isDone(l)).findFirst()
                .orElse(getCourse().activeLessons().get(0));
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
