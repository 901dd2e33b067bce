package vn.hocso.courses.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.hocso.accounts.model.Account;
import vn.hocso.platform.persistence.Identified;

/** A learner in a course: which lessons are done, where they stopped, whether they finished. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status = EnrolmentStatus.IN_PROGRESS;
    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "quiz_passed_at")
    private Instant quizPassedAt;
    @ManyToOne
    @JoinColumn(name = "last_lesson_id")
    private Lesson lastLesson;
    @OneToMany(mappedBy = "enrolment", cascade = CascadeType.ALL)
    private List<LessonProgress> progress = new ArrayList<>();
    @Version
    private int version;

    protected Enrolment() {
    }

    public Enrolment(Account account, Course course, Instant now) {
        this.account = account;
        this.course = course;
        this.enrolledAt = now;
    }

    /** Marks a lesson done; doing it twice changes nothing. */
    public void markDone(Lesson lesson, Instant now) {
        lastLesson = lesson;
        if (!isDone(lesson)) {
            progress.add(new LessonProgress(this, lesson, now));
        }
    }

    /** Remembers where the learner is reading, to take them back there. */
    public void open(Lesson lesson) {
        lastLesson = lesson;
    }

    public boolean isDone(Lesson lesson) {
        return progress.stream().anyMatch(p -> p.getLesson().equals(lesson));
    }

    /** Done lessons among those the course has now, in percent (retired lessons no longer count). */
    public int progressPercent() {
        List<Lesson> active = course.activeLessons();
        if (active.isEmpty()) {
            return 0;
        }
        long done = active.stream().filter(this::isDone).count();
        return (int) (done * 100 / active.size());
    }

    public boolean allLessonsDone() {
        return course.activeLessons().stream().allMatch(this::isDone);
    }

    /** The course's final quiz was passed (by its grading method); true when that completed the course. */
    public boolean recordQuizPassed(Instant now) {
        if (quizPassedAt == null) {
            quizPassedAt = now;
        }
        return completeIfRuleMet(now);
    }

    /** The course's rule: every lesson done, and its final quiz (if it has one) passed. True when it completed now. */
    public boolean completeIfRuleMet(Instant now) {
        boolean quizDone = course.getCompletionQuiz() == null || quizPassedAt != null;
        if (status != EnrolmentStatus.COMPLETED && allLessonsDone() && quizDone) {
            status = EnrolmentStatus.COMPLETED;
            completedAt = now;
            return true;
        }
        return false;
    }

    public boolean isQuizPassed() {
        return quizPassedAt != null;
    }

    public Account getAccount() {
        return account;
    }

    public Course getCourse() {
        return course;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Lesson getLastLesson() {
        return lastLesson;
    }
}
