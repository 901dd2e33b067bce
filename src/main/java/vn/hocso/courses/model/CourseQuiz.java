package vn.hocso.courses.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.hocso.courses.content.CourseDefinition;
import vn.hocso.quizzes.gift.GiftText;

/** A quiz file of a course, its settings and its GIFT text, kept for the quiz engine. */
@Entity
@Table(name = "course_quiz")
public class CourseQuiz extends CoursePart {

    @Column(nullable = false, length = 120)
    private String file;
    @Column(name = "pass_percent", nullable = false)
    private int passPercent;
    @Column(name = "time_limit_minutes", nullable = false)
    private int timeLimitMinutes;
    @Column(nullable = false, length = 400_000)
    private String gift;

    protected CourseQuiz() {
    }

    CourseQuiz(Course course, CourseDefinition.QuizDefinition definition) {
        super(course);
        this.file = definition.file();
        update(definition);
    }

    void update(CourseDefinition.QuizDefinition definition) {
        refresh(definition.title());
        passPercent = definition.passPercent();
        timeLimitMinutes = definition.timeLimitMinutes();
        gift = definition.gift();
    }

    public int questionCount() {
        return GiftText.countQuestions(gift);
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
