package vn.hocso.quizzes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocso.platform.api.JsonConfig;
import vn.hocso.platform.web.Language;

/**
 * /learn/attempt.xhtml?id=…: the page is a shell; quiz.js draws the attempt from the API,
 * keeps every answer on the phone as well, and sends what the server lacks whenever the
 * connection allows. This bean hands it the attempt id and its texts.
 */
@Named
@RequestScoped
public class AttemptPage {

    private static final List<String> TEXTS = List.of("attempt.saved", "attempt.saving", "attempt.offline",
            "attempt.timeLeft", "attempt.submit", "attempt.confirmSubmit", "attempt.unanswered", "attempt.result",
            "quiz.passed", "quiz.notPassed", "attempt.awaiting", "attempt.rightAnswer", "attempt.backToQuiz",
            "attempt.typeAnswer", "attempt.choose", "attempt.question", "attempt.timeUpSubmitting", "attempt.loadFailed",
            "attempt.numberHint", "attempt.chooseAll", "attempt.notSent", "attempt.correct", "attempt.partlyCorrect",
            "attempt.wrong", "attempt.rejected", "attempt.submitFailed", "attempt.noReview", "attempt.notStarted", "attempt.loginAgain");

    @Inject
    private Language language;

    private long id;

    /** The texts quiz.js shows, in the page's language, as JSON. */
    public String getTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        TEXTS.forEach(key -> texts.put(key.substring(key.indexOf('.') + 1), language.text(key)));
        return JsonConfig.toJson(texts);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
