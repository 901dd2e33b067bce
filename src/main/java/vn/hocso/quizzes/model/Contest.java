package vn.hocso.quizzes.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import vn.hocso.accounts.model.Unit;
import vn.hocso.courses.model.CourseQuiz;
import vn.hocso.platform.persistence.Identified;

/** A contest: one quiz taken by every contestant from the same start time, for the same duration. */
@Entity
@Table(name = "contest")
public class Contest extends Identified {

    public static final int TITLE_LENGTH = 200;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;
    @ManyToOne(optional = false)
    @JoinColumn(name = "course_quiz_id")
    private CourseQuiz quiz;
    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private int version;

    protected Contest() {
    }

    public Contest(String title, CourseQuiz quiz, Unit unit, Instant startsAt, int durationMinutes, String createdBy,
                   Instant now) {
        this.title = title;
        this.quiz = quiz;
        this.unit = unit;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Moves the start (before it has come); the contestants' papers move with it. */
    public void reschedule(Instant newStart) {
        startsAt = newStart;
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public String getTitle() {
        return title;
    }

    public CourseQuiz getQuiz() {
        return quiz;
    }

    public Unit getUnit() {
        return unit;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }
}
