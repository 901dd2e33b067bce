package vn.hocso.quizzes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FormAction;
import vn.hocso.platform.web.Language;
import vn.hocso.platform.web.RequestParameters;
import vn.hocso.quizzes.api.AttemptDtos;
import vn.hocso.quizzes.service.ContestService;
import vn.hocso.quizzes.service.FreshPapers;

/**
 * POST /contest/join (contest=id): registers for a contest and comes back to its page.
 * GET /contest/join?contest=id at or after the start: goes to the contestant's attempt.
 */
@WebServlet("/contest/join")
public class ContestActions extends FormAction {

    @Inject
    private ContestService contests;
    @Inject
    private CurrentActor current;
    @Inject
    private FreshPapers papers;
    @Inject
    private Clock clock;
    @Inject
    private Language language;

    @Override
    protected String act(HttpServletRequest request) {
        long contest = contestId(request);
        long attempt = contests.register(current.actor(), contest).getAttempt().getId();
        papers.find(current.actor(), attempt, clock.instant())
                .ifPresent(paper -> AttemptDtos.AttemptView.prepare(paper, language.getLocale()));
        return "/contest/index.xhtml?id=" + contest;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long contest = contestId(request);
        String next = current.actor().isAuthenticated()
                ? contests.entryOf(current.actor(), contest).map(e -> "/learn/attempt.xhtml?id=" + e.getAttempt().getId())
                        .orElse("/contest/index.xhtml?id=" + contest)
                : "/contest/index.xhtml?id=" + contest;
        response.sendRedirect(request.getContextPath() + next);
    }

    private static long contestId(HttpServletRequest request) {
        return RequestParameters.longValue(request, "contest").orElse(-1);
    }
}
