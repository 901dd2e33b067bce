package vn.hocso.courses.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.hocso.courses.content.CourseDefinition;
import vn.hocso.quizzes.core.DrawRule;
import vn.hocso.quizzes.core.GradingMethod;
import vn.hocso.quizzes.core.QuizSettings;
import vn.hocso.quizzes.core.ReviewAfter;

/** A quiz file of a course, its settings and its GIFT text, kept for the quiz engine. */
@Entity
@Cacheable
@Table(name = "course_quiz")
public class CourseQuiz extends CoursePart {

    @Column(nullable = false, length = 120)
    private String file;
    @Column(name = "pass_percent", nullable = false)
    private int passPercent;
    @Column(name = "time_limit_minutes", nullable = false)
    private int timeLimitMinutes;
    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;
    @Enumerated(EnumType.STRING)
    @Column(name = "grading_method", nullable = false, length = 16)
    private GradingMethod gradingMethod = GradingMethod.HIGHEST;
    @Column(name = "shuffle_answers", nullable = false)
    private boolean shuffleAnswers = true;
    /** "count=category" lines: the count first, since a category may hold any character but a new line. */
    @Column(name = "draw_rules", length = 2000)
    private String drawRules;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_after", nullable = false, length = 16)
    private ReviewAfter reviewAfter = ReviewAfter.SUBMIT;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(nullable = false, length = 400_000)
    private String gift;
    @Column(name = "question_count", nullable = false)
    private int questionCount;

    protected CourseQuiz() {
    }

    CourseQuiz(Course course, CourseDefinition.QuizDefinition definition) {
        super(course);
        this.file = definition.file();
        update(definition);
    }

    void update(CourseDefinition.QuizDefinition definition) {
        refresh(definition.title());
        QuizSettings settings = definition.settings();
        passPercent = settings.passPercent();
        timeLimitMinutes = settings.timeLimitMinutes();
        attemptsAllowed = settings.attemptsAllowed();
        gradingMethod = settings.grading();
        shuffleAnswers = settings.shuffleAnswers();
        drawRules = settings.draw().isEmpty() ? null
                : settings.draw().stream().map(rule -> rule.count() + "=" + rule.category()).collect(Collectors.joining("\n"));
        reviewAfter = settings.reviewAfter();
        opensAt = settings.opensAt();
        closesAt = settings.closesAt();
        gift = definition.gift();
        questionCount = definition.questions().size();
    }

    public QuizSettings settings() {
        return new QuizSettings(passPercent, timeLimitMinutes, attemptsAllowed, gradingMethod, shuffleAnswers, draw(),
                reviewAfter, opensAt, closesAt);
    }

    private List<DrawRule> draw() {
        return drawRules == null ? List.of() : Arrays.stream(drawRules.split("\n"))
                .map(rule -> new DrawRule(rule.substring(rule.indexOf('=') + 1), Integer.parseInt(rule.substring(0, rule.indexOf('=')))))
                .toList();
    }

    public int questionCount() {
        return questionCount;
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
