package vn.hocso.classes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.hocso.classes.model.ClassMember;
import vn.hocso.classes.service.RosterService;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FormAction;

/** POST /learn/join (key): a learner joins a class with its key and comes back to the join page, which says how it went. */
@WebServlet("/learn/join")
public class JoinAction extends FormAction {

    @Inject
    private RosterService rosters;
    @Inject
    private CurrentActor current;

    @Override
    protected String act(HttpServletRequest request) {
        ClassMember member = rosters.join(current.actor(), request.getParameter("key"));
        return "/learn/join.xhtml?joined=" + member.getTrainingClass().getId();
    }

    @Override
    protected Optional<String> pageExplaining(HttpServletRequest request, String messageKey) {
        String key = request.getParameter("key");
        return Optional.of("/learn/join.xhtml?key=" + URLEncoder.encode(key == null ? "" : key, StandardCharsets.UTF_8)
                + "&problem=" + URLEncoder.encode(messageKey, StandardCharsets.UTF_8));
    }
}
