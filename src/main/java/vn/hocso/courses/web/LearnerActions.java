package vn.hocso.courses.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.service.EnrolmentService;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.DomainExceptions;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FormAction;

/**
 * The two things a learner does on the (stateless) course and lesson pages, as plain
 * forms: enrol (then read the first lesson) and mark a lesson done (then read the next).
 */
@WebServlet("/learn/action")
public class LearnerActions extends FormAction {

    @Inject
    private EnrolmentService enrolments;
    @Inject
    private CurrentActor current;

    @Override
    protected String act(HttpServletRequest request) {
        String course = request.getParameter("course");
        return "done".equals(request.getParameter("action"))
                ? markDone(course, request.getParameter("lesson"))
                : enrol(course);
    }

    private String enrol(String course) {
        try {
            enrolments.enrol(current.actor(), course);
        } catch (RuntimeException e) {
            DomainException domain = DomainExceptions.unwrap(e);
            if (domain == null || domain.failure() != Failure.CONFLICT) {
                throw e;
            }
        }
        return LessonLinks.lesson(course, enrolments.get(current.actor(), course).getCourse().activeLessons().get(0).getSlug());
    }

    private String markDone(String course, String lesson) {
        Course read = enrolments.markDone(current.actor(), course, lesson).getCourse();
        return read.findLesson(lesson).flatMap(done -> read.lessonBeside(done, 1))
                .map(next -> LessonLinks.lesson(course, next.getSlug()))
                .orElse(LessonLinks.course(course));
    }
}
