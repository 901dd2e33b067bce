package vn.hocso.quizzes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.Language;
import vn.hocso.quizzes.service.AttemptService;
import vn.hocso.quizzes.service.QuizInfo;

/** /learn/quiz.xhtml?id=…: a quiz's rules, the learner's attempts and grade, and starting or resuming. */
@Named
@RequestScoped
public class QuizPage {

    @Inject
    private AttemptService attempts;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private long id;
    private QuizInfo quiz;

    public QuizInfo getQuiz() {
        if (quiz == null) {
            quiz = attempts.overview(current.actor(), id, language.getLocale());
        }
        return quiz;
    }

    public String getTimeLimit() {
        int minutes = getQuiz().timeLimitMinutes();
        return minutes > 0 ? minutes + " " + language.text("course.minutes") : language.text("quiz.noTimeLimit");
    }

    public String getAttemptsAllowed() {
        int allowed = getQuiz().attemptsAllowed();
        return allowed > 0 ? String.valueOf(allowed) : language.text("quiz.unlimited");
    }

    public String getGrade() {
        return percent(getQuiz().grade()) + " · " + language.text(getQuiz().passed() ? "quiz.passed" : "quiz.notPassed");
    }

    public String getStartLabel() {
        return language.text(getQuiz().attemptInProgress() == null ? "quiz.start" : "quiz.resume");
    }

    /** Why there is no start button. */
    public String getUnavailable() {
        return language.text(getQuiz().open() ? "quiz.noAttemptsLeft" : "attempt.quizClosed");
    }

    public String result(QuizInfo.AttemptLine attempt) {
        return switch (attempt.status()) {
            case "IN_PROGRESS" -> language.text("quiz.inProgress");
            case "AWAITING_GRADING" -> language.text("quiz.awaitingGrading");
            default -> percent(attempt.percent());
        };
    }

    public String link(QuizInfo.AttemptLine attempt) {
        return language.text("IN_PROGRESS".equals(attempt.status()) ? "quiz.resume" : "quiz.review");
    }

    public String date(Instant instant) {
        return Dates.format(instant);
    }

    /** "85,5%" as the learner's language writes it; empty when there is no grade. */
    private String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return language.number(value, 1) + "%";
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
