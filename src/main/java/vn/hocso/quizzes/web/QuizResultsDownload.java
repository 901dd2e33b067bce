package vn.hocso.quizzes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.Language;
import vn.hocso.quizzes.service.QuizResults;
import vn.hocso.quizzes.service.QuizResultsService;
import vn.hocso.quizzes.service.QuizResultsWorkbook;

/** GET /training/quiz-results.xlsx?id=…: the results page as an Excel workbook. */
@WebServlet("/training/quiz-results.xlsx")
public class QuizResultsDownload extends HttpServlet {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private QuizResultsService service;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        QuizResults results = service.results(current.actor(), id, language.getLocale());
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"ket-qua-bai-kiem-tra-" + id + ".xlsx\"");
        QuizResultsWorkbook.write(results, language.getLocale(), response.getOutputStream());
    }
}
