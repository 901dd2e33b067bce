package vn.hocso.quizzes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStream;
import java.util.OptionalLong;
import vn.hocso.platform.export.XlsxDownload;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.Language;
import vn.hocso.platform.web.RequestParameters;
import vn.hocso.quizzes.service.QuizResults;
import vn.hocso.quizzes.service.QuizResultsService;
import vn.hocso.quizzes.service.QuizResultsWorkbook;

/** GET /training/quiz-results.xlsx?id=…: the results page as an Excel workbook. */
@WebServlet("/training/quiz-results.xlsx")
public class QuizResultsDownload extends XlsxDownload {

    @Inject
    private QuizResultsService service;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    @Override
    protected String fileName(long id) {
        return "ket-qua-bai-kiem-tra-" + id;
    }

    @Override
    protected void write(long id, HttpServletRequest request, OutputStream out) {
        OptionalLong classId = RequestParameters.longValue(request, "class");
        QuizResults results = classId.isPresent() ? service.results(current.actor(), id, classId.getAsLong(), language.getLocale())
                : service.results(current.actor(), id, language.getLocale());
        QuizResultsWorkbook.write(results, language.getLocale(), out);
    }
}
