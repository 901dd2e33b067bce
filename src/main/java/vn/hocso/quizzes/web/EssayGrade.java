package vn.hocso.quizzes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FormAction;
import vn.hocso.platform.web.RequestParameters;
import vn.hocso.quizzes.service.EssayGradingService;

/** POST /training/essay/grade (essay, percent, quiz): a trainer's mark for one essay, then back to the results. */
@WebServlet("/training/essay/grade")
public class EssayGrade extends FormAction {

    @Inject
    private EssayGradingService essays;
    @Inject
    private CurrentActor current;

    @Override
    protected String act(HttpServletRequest request) {
        essays.grade(current.actor(), RequestParameters.longValue(request, "essay").orElse(-1),
                RequestParameters.intValue(request, "percent").orElse(null));
        return "/training/quiz-results.xhtml?id=" + RequestParameters.longValue(request, "quiz").orElse(-1);
    }
}
