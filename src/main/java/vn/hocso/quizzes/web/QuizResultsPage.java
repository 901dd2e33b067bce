package vn.hocso.quizzes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.Language;
import vn.hocso.quizzes.service.EssayGradingService;
import vn.hocso.quizzes.service.QuizResults;
import vn.hocso.quizzes.service.QuizResultsService;

/**
 * /training/quiz-results.xhtml?id=…[&class=…]: a quiz's attempts and item analysis for the
 * learners a trainer follows, or for one class's learners.
 */
@Named
@RequestScoped
public class QuizResultsPage {

    @Inject
    private QuizResultsService service;
    @Inject
    private EssayGradingService essays;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private long id;
    /** Only this class's learners, when given. */
    private Long classId;
    private QuizResults results;
    private List<EssayGradingService.PendingEssay> pendingEssays;

    public QuizResults getResults() {
        if (results == null) {
            results = classId == null ? service.results(current.actor(), id, language.getLocale())
                    : service.results(current.actor(), id, classId, language.getLocale());
        }
        return results;
    }

    public List<EssayGradingService.PendingEssay> getPendingEssays() {
        if (pendingEssays == null) {
            pendingEssays = essays.pending(current.actor(), id);
        }
        return pendingEssays;
    }

    /** "85,5" in the page's language; a dash when there is no figure. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return language.number(value, 1);
    }

    public String status(QuizResults.AttemptRow attempt) {
        return language.text("results.status." + attempt.status())
                + (attempt.passed() == null ? "" : " · " + language.text(attempt.passed() ? "quiz.passed" : "quiz.notPassed"));
    }

    public String type(QuizResults.QuestionRow question) {
        return language.text("questionType." + question.type());
    }

    public String date(Instant instant) {
        return Dates.format(instant);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }
}
