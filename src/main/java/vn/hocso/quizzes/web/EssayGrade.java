package vn.hocso.quizzes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FormAction;
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
        essays.grade(current.actor(), number(request.getParameter("essay")), integer(request.getParameter("percent")));
        return "/training/quiz-results.xhtml?id=" + number(request.getParameter("quiz"));
    }

    private static long number(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
