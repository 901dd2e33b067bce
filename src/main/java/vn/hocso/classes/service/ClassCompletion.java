package vn.hocso.classes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import vn.hocso.accounts.model.Account;
import vn.hocso.classes.model.Attendance;
import vn.hocso.classes.model.ClassMember;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.courses.model.EnrolmentStatus;
import vn.hocso.courses.service.CourseCompleted;

/**
 * A learner completes a class when they meet the course's rule and the class's minimum
 * attendance; checked when either changes.
 */
@ApplicationScoped
public class ClassCompletion {

    private EntityManager em;
    private Clock clock;
    private Event<ClassCompleted> completions;

    protected ClassCompletion() {
    }

    @Inject
    public ClassCompletion(EntityManager em, Clock clock, Event<ClassCompleted> completions) {
        this.em = em;
        this.clock = clock;
        this.completions = completions;
    }

    /** The learner finished the course: the classes of that course they attend enough may complete. */
    void courseCompleted(@Observes CourseCompleted completed) {
        em.createQuery("select m from ClassMember m where m.account = :a and m.trainingClass.course = :c "
                        + "and m.completedAt is null", ClassMember.class)
                .setParameter("a", completed.enrolment().getAccount()).setParameter("c", completed.enrolment().getCourse())
                .getResultList().forEach(member -> evaluate(member.getTrainingClass(), member.getAccount()));
    }

    void evaluate(TrainingClass trainingClass, Account learner) {
        List<ClassMember> found = em.createQuery("select m from ClassMember m where m.trainingClass = :c and m.account = :a",
                ClassMember.class).setParameter("c", trainingClass).setParameter("a", learner).getResultList();
        if (found.isEmpty() || found.get(0).getCompletedAt() != null || !courseCompleted(trainingClass, learner)) {
            return;
        }
        ClassMember member = found.get(0);
        List<Attendance> marks = em.createQuery("select a from Attendance a where a.session.trainingClass = :c "
                + "and a.account = :a", Attendance.class).setParameter("c", trainingClass).setParameter("a", learner).getResultList();
        if (ClassSheet.rates(trainingClass, marks, clock.instant()).meetsThreshold(ClassSheet.member(member))) {
            member.complete(clock.instant());
            completions.fire(new ClassCompleted(member));
        }
    }

    private boolean courseCompleted(TrainingClass trainingClass, Account learner) {
        return em.createQuery("select e from Enrolment e where e.account = :a and e.course = :c", Enrolment.class)
                .setParameter("a", learner).setParameter("c", trainingClass.getCourse()).getResultStream()
                .anyMatch(e -> e.getStatus() == EnrolmentStatus.COMPLETED);
    }
}
