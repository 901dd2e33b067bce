package vn.hocso.certificates.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.hocso.classes.model.ClassMember;
import vn.hocso.classes.service.ClassCompleted;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.courses.service.CourseCompleted;

/**
 * Issues certificates as learners complete: a class's learners when they complete the class
 * (its unit issues), everybody else when they complete the course online.
 */
@ApplicationScoped
public class CertificateIssuing {

    /** The name certificates issued on completion are logged under. */
    public static final String ISSUED_BY = "hocso";

    private EntityManager em;
    private CertificateService certificates;

    protected CertificateIssuing() {
    }

    @Inject
    public CertificateIssuing(EntityManager em, CertificateService certificates) {
        this.em = em;
        this.certificates = certificates;
    }

    void courseCompleted(@Observes CourseCompleted completed) {
        Enrolment enrolment = completed.enrolment();
        boolean inAClass = em.createQuery("select count(m) from ClassMember m where m.account = :a "
                        + "and m.trainingClass.course = :c", Long.class)
                .setParameter("a", enrolment.getAccount()).setParameter("c", enrolment.getCourse()).getSingleResult() > 0;
        if (!inAClass) {
            certificates.issue(enrolment.getAccount(), enrolment.getCourse(), null, ISSUED_BY);
        }
    }

    void classCompleted(@Observes ClassCompleted completed) {
        ClassMember member = completed.member();
        certificates.issue(member.getAccount(), member.getTrainingClass().getCourse(), member.getTrainingClass(), ISSUED_BY);
    }
}
