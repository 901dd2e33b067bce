package vn.hocso.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.courses.service.CourseCertificates;
import vn.hocso.courses.service.EnrolmentService;
import vn.hocso.platform.security.CurrentActor;

/** /learn/my.xhtml: "My learning", the learner's courses with their progress and certificates. */
@Named
@RequestScoped
public class MyLearningPage {

    @Inject
    private EnrolmentService enrolments;
    @Inject
    private CourseCertificates certificates;
    @Inject
    private CurrentActor current;

    private List<Enrolment> mine;
    private Map<String, String> codes;

    public List<Enrolment> getEnrolments() {
        if (mine == null) {
            mine = enrolments.mine(current.actor());
        }
        return mine;
    }

    /** The verification code of the learner's certificate for the course, or null before one is issued. */
    public String certificateCode(String courseSlug) {
        if (codes == null) {
            codes = certificates.codesOf(current.actor());
        }
        return codes.get(courseSlug);
    }
}
