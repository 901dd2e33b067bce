package vn.hocso.courses.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocso.courses.content.CourseDefinition;
import vn.hocso.courses.content.LocalizedText;
import vn.hocso.platform.persistence.Identified;
import vn.hocso.quizzes.gift.GiftText;

/** A quiz file of a course, its settings and its GIFT text, kept for the quiz engine. */
@Entity
@Table(name = "course_quiz")
public class CourseQuiz extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;
    @Column(nullable = false, length = 120)
    private String file;
    @Column(name = "title_vi", nullable = false)
    private String titleVi;
    @Column(name = "title_en")
    private String titleEn;
    @Column(name = "pass_percent", nullable = false)
    private int passPercent;
    @Column(name = "time_limit_minutes", nullable = false)
    private int timeLimitMinutes;
    @Column(nullable = false, length = 400_000)
    private String gift;
    @Column(name = "retired_at")
    private Instant retiredAt;

    protected CourseQuiz() {
    }

    CourseQuiz(Course course, CourseDefinition.QuizDefinition definition) {
        this.course = course;
        this.file = definition.file();
        update(definition);
    }

    void update(CourseDefinition.QuizDefinition definition) {
        titleVi = definition.title().vi();
        titleEn = definition.title().en();
        passPercent = definition.passPercent();
        timeLimitMinutes = definition.timeLimitMinutes();
        gift = definition.gift();
        retiredAt = null;
    }

    void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public boolean isActive() {
        return retiredAt == null;
    }

    public int questionCount() {
        return GiftText.countQuestions(gift);
    }

    public LocalizedText title() {
        return new LocalizedText(titleVi, titleEn);
    }

    public String getFile() {
        return file;
    }

    public int getPassPercent() {
        return passPercent;
    }

    public int getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public String getGift() {
        return gift;
    }
}
