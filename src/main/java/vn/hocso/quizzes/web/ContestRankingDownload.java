package vn.hocso.quizzes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import vn.hocso.platform.export.XlsxDownload;
import vn.hocso.platform.export.XlsxTables;
import vn.hocso.platform.i18n.Messages;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.Language;
import vn.hocso.quizzes.core.ContestRanking;
import vn.hocso.quizzes.service.ContestService;

/** GET /organizer/contest-ranking.xlsx?id=…&unit=…: the ranking as an Excel sheet. */
@WebServlet("/organizer/contest-ranking.xlsx")
public class ContestRankingDownload extends XlsxDownload {

    @Inject
    private ContestService contests;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    @Override
    protected String fileName(long id) {
        return "xep-hang-hoi-thi-" + id;
    }

    @Override
    protected void write(long id, HttpServletRequest request, OutputStream out) {
        List<ContestRanking.Row> rows = contests.ranking(current.actor(), id, request.getParameter("unit"));
        Locale locale = language.getLocale();
        try (XlsxTables book = new XlsxTables()) {
            book.sheet(Messages.text(locale, "contest.ranking"), List.of(Messages.text(locale, "contest.rank"),
                            Messages.text(locale, "results.learner"), Messages.text(locale, "results.unit"),
                            Messages.text(locale, "contest.score"), Messages.text(locale, "contest.maxScore"),
                            Messages.text(locale, "contest.secondsTaken")),
                    rows.stream().map(r -> List.<Object>of(r.rank() == null ? "" : r.rank(), r.name(), r.unitName(),
                            r.score() == null ? "" : r.score(), r.maxScore() == null ? "" : r.maxScore(),
                            r.secondsTaken() == null ? "" : r.secondsTaken())).toList());
            book.write(out);
        }
    }
}
