package vn.hocso.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.courses.model.Lesson;
import vn.hocso.courses.service.EnrolmentService;
import vn.hocso.platform.security.CurrentActor;

/** /learn/lesson.xhtml?course=…&lesson=…: one lesson, read on a phone, in order. */
@Named
@RequestScoped
public class LessonPage {

    @Inject
    private EnrolmentService enrolments;
    @Inject
    private CurrentActor current;

    private String course;
    private String lesson;
    private Lesson opened;
    private Enrolment enrolment;

    /** Called once the parameters are read: opens the lesson and remembers the learner is here. */
    public void load() {
        opened = enrolments.open(current.actor(), course, lesson);
        enrolment = enrolments.get(current.actor(), course);
    }

    public Lesson getLessonShown() {
        return opened;
    }

    public boolean isDone() {
        return enrolment.isDone(opened);
    }

    public int getProgressPercent() {
        return enrolment.progressPercent();
    }

    public Lesson getPrevious() {
        return opened.getCourse().lessonBeside(opened, -1).orElse(null);
    }

    public Lesson getNext() {
        return opened.getCourse().lessonBeside(opened, 1).orElse(null);
    }

    public int getPosition() {
        return opened.getCourse().activeLessons().indexOf(opened) + 1;
    }

    public int getLessonCount() {
        return opened.getCourse().activeLessons().size();
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }
}
