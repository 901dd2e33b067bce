package vn.hocso.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.courses.service.EnrolmentService;
import vn.hocso.platform.security.CurrentActor;

/** /learn/my.xhtml: "My learning", the learner's courses with their progress. */
@Named
@RequestScoped
public class MyLearningPage {

    @Inject
    private EnrolmentService enrolments;
    @Inject
    private CurrentActor current;

    private List<Enrolment> mine;

    public List<Enrolment> getEnrolments() {
        if (mine == null) {
            mine = enrolments.mine(current.actor());
        }
        return mine;
    }
}
