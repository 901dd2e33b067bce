package vn.hocso.courses.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocso.platform.persistence.Identified;

/** "This learner finished this lesson at this time." */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;
    @ManyToOne(optional = false)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;
    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected LessonProgress() {
    }

    LessonProgress(Enrolment enrolment, Lesson lesson, Instant doneAt) {
        this.enrolment = enrolment;
        this.lesson = lesson;
        this.doneAt = doneAt;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
