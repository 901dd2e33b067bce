package vn.hocso.certificates.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.hocso.accounts.core.Actor;
import vn.hocso.classes.model.ClassMember;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.classes.service.ClassService;

/**
 * Issuing a class's certificates one learner per transaction, for the background job: a
 * job's thread has no request, so everything it reads goes through a transaction here.
 */
@ApplicationScoped
public class ClassCertificateIssuing {

    @Inject
    private EntityManager em;
    @Inject
    private ClassService classes;
    @Inject
    private CertificateService certificates;

    /** Members who completed the class and hold no certificate for its course yet. */
    @Transactional
    public List<Long> completedWithout(Actor actor, long classId) {
        TrainingClass trainingClass = classes.get(actor, classId);
        return em.createQuery("select m.id from ClassMember m where m.trainingClass = :c and m.completedAt is not null "
                        + "and not exists (select x from Certificate x where x.holder = m.account and x.course = :course "
                        + "and x.currentHolding is not null)", Long.class)
                .setParameter("c", trainingClass).setParameter("course", trainingClass.getCourse()).getResultList();
    }

    /** The class's standing certificates, by id. */
    @Transactional
    public List<Long> standing(Actor actor, long classId) {
        return certificates.ofClass(actor, classes.get(actor, classId));
    }

    @Transactional
    public void issueFor(Actor actor, long memberId) {
        ClassMember member = em.find(ClassMember.class, memberId);
        classes.get(actor, member.getTrainingClass().getId());
        certificates.issue(member.getAccount(), member.getTrainingClass().getCourse(), member.getTrainingClass(), actor.username());
    }
}
