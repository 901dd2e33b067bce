package vn.hocso.quizzes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FormAction;
import vn.hocso.platform.web.RequestParameters;
import vn.hocso.quizzes.service.AttemptService;

/** POST /learn/quiz/start (quiz=id): starts or resumes an attempt, then shows it. */
@WebServlet("/learn/quiz/start")
public class QuizStart extends FormAction {

    @Inject
    private AttemptService attempts;
    @Inject
    private CurrentActor current;

    @Override
    protected String act(HttpServletRequest request) {
        long quiz = RequestParameters.longValue(request, "quiz")
                .orElseThrow(() -> DomainException.invalid("quiz", "field.required"));
        return "/learn/attempt.xhtml?id=" + attempts.start(current.actor(), quiz).getId();
    }
}
