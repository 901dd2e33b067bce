package vn.hocso.courses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.courses.model.Lesson;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;

/**
 * A learner's own courses: enrolling, reading lessons in order, marking them done. A
 * course without a final quiz completes with its last lesson; one with a quiz completes
 * when the quiz is passed (the quiz engine reports that).
 */
@ApplicationScoped
public class EnrolmentService {

    private EntityManager em;
    private Clock clock;
    private Accounts accounts;
    private CatalogService catalog;
    private Event<CourseCompleted> completions;

    protected EnrolmentService() {
    }

    @Inject
    public EnrolmentService(EntityManager em, Clock clock, Accounts accounts, CatalogService catalog,
                            Event<CourseCompleted> completions) {
        this.em = em;
        this.clock = clock;
        this.accounts = accounts;
        this.catalog = catalog;
        this.completions = completions;
    }

    @Transactional
    public Enrolment enrol(Actor actor, String courseSlug) {
        Access.requireAuthenticated(actor);
        Course course = catalog.get(courseSlug);
        Account learner = accounts.get(actor.username());
        if (find(learner, course).isPresent()) {
            throw DomainException.of(Failure.CONFLICT, "enrolment.exists", courseSlug);
        }
        Enrolment enrolment = new Enrolment(learner, course, clock.instant());
        try {
            em.persist(enrolment);
            em.flush();
        } catch (PersistenceException twoTapsAtOnce) {
            throw DomainException.of(Failure.CONFLICT, "enrolment.exists", courseSlug);
        }
        return enrolment;
    }

    /** The lesson to read, remembered as where the learner is; lessons need an enrolment. */
    @Transactional
    public Lesson open(Actor actor, String courseSlug, String lessonSlug) {
        Enrolment enrolment = get(actor, courseSlug);
        Lesson lesson = activeLesson(enrolment.getCourse(), lessonSlug);
        enrolment.open(lesson);
        return lesson;
    }

    @Transactional
    public Enrolment markDone(Actor actor, String courseSlug, String lessonSlug) {
        Enrolment enrolment = get(actor, courseSlug);
        enrolment.markDone(activeLesson(enrolment.getCourse(), lessonSlug), clock.instant());
        if (enrolment.completeIfRuleMet(clock.instant())) {
            completions.fire(new CourseCompleted(enrolment));
        }
        return enrolment;
    }

    public Optional<Enrolment> find(Actor actor, String courseSlug) {
        Access.requireAuthenticated(actor);
        return find(accounts.get(actor.username()), catalog.get(courseSlug));
    }

    public Enrolment get(Actor actor, String courseSlug) {
        return find(actor, courseSlug).orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "enrolment.none", courseSlug));
    }

    public List<Enrolment> mine(Actor actor) {
        Access.requireAuthenticated(actor);
        return em.createQuery("select e from Enrolment e where e.account.username = :username order by e.enrolledAt desc",
                        Enrolment.class)
                .setParameter("username", actor.username()).getResultList();
    }

    private Optional<Enrolment> find(Account learner, Course course) {
        return em.createQuery("select e from Enrolment e where e.account = :learner and e.course = :course", Enrolment.class)
                .setParameter("learner", learner).setParameter("course", course)
                .getResultStream().findFirst();
    }

    private static Lesson activeLesson(Course course, String lessonSlug) {
        return course.findLesson(lessonSlug).filter(Lesson::isActive)
                .orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "lesson.unknown", lessonSlug));
    }
}
