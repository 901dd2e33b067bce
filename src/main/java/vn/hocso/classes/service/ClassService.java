package vn.hocso.classes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.classes.core.ClassDetails;
import vn.hocso.classes.core.SessionPlan;
import vn.hocso.classes.core.SessionTime;
import vn.hocso.classes.model.ClassMember;
import vn.hocso.classes.model.ClassSession;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.service.CatalogService;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.i18n.Dates;

/** Planning classes: their details, trainers and sessions. */
@ApplicationScoped
public class ClassService {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Enrolment keys are read aloud and typed on phones: no 0/O, 1/I/L. */
    private static final char[] KEY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int KEY_LENGTH = 8;
    /** Bounds of "any year" that every database's dates can hold. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2999;

    private EntityManager em;
    private Clock clock;
    private UnitService units;
    private Accounts accounts;
    private CatalogService catalog;
    private AuditLog audit;

    protected ClassService() {
    }

    @Inject
    public ClassService(EntityManager em, Clock clock, UnitService units, Accounts accounts, CatalogService catalog,
                        AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.units = units;
        this.accounts = accounts;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Transactional
    public TrainingClass create(Actor actor, ClassDetails details, String courseSlug, String unitCode) {
        UnitTree.Snapshot tree = units.today();
        if (unitCode == null || tree.find(unitCode).isEmpty()) {
            throw DomainException.invalid("unitCode", "unit.unknown", unitCode);
        }
        ClassAccess.requirePlan(actor, unitCode, tree);
        Course course = catalog.find(courseSlug == null ? "" : courseSlug)
                .orElseThrow(() -> DomainException.invalid("courseSlug", "course.unknown", courseSlug));
        TrainingClass created = new TrainingClass(details, course, units.get(unitCode), newKey(), actor.username(), clock.instant());
        if (!actor.isAdmin() && actor.scope(Role.ORGANIZER).isEmpty()) {
            created.addTrainer(accounts.get(actor.username()));
        }
        em.persist(created);
        audit.record(actor.username(), "CLASS_CREATE", target(created), details.title());
        return created;
    }

    @Transactional
    public TrainingClass update(Actor actor, long classId, ClassDetails details, String unitCode) {
        TrainingClass trainingClass = running(actor, classId);
        UnitTree.Snapshot tree = units.today();
        if (!unitCode.equals(trainingClass.getUnit().getCode())) {
            ClassAccess.requirePlan(actor, unitCode, tree);
        }
        trainingClass.update(details, units.get(unitCode));
        audit.record(actor.username(), "CLASS_UPDATE", target(trainingClass), details.title());
        return trainingClass;
    }

    /** The class, for those who run it. */
    public TrainingClass get(Actor actor, long classId) {
        return running(actor, classId);
    }

    /**
     * Classes the actor runs or oversees within a unit's subtree (all of theirs when no unit
     * is given) that take place in the year (every year when none is given), newest first.
     */
    public List<TrainingClass> list(Actor actor, String unitCode, Integer year) {
        Access.requireTrainer(actor);
        UnitTree.Snapshot tree = units.today();
        Set<String> scope = unitCode == null || unitCode.isBlank() ? units.followedBy(actor) : tree.subtree(unitCode);
        LocalDate from = LocalDate.of(year == null ? FIRST_YEAR : year, 1, 1);
        LocalDate to = LocalDate.of(year == null ? LAST_YEAR : year, 12, 31);
        return em.createQuery("select c from TrainingClass c where c.unit.code in :units and c.startDate <= :to "
                        + "and c.endDate >= :from order by c.startDate desc, c.id desc", TrainingClass.class)
                .setParameter("units", scope.isEmpty() ? Set.of("") : scope).setParameter("from", from).setParameter("to", to)
                .getResultStream().filter(c -> ClassAccess.canRun(actor, c, tree)).toList();
    }

    @Transactional
    public List<ClassSession> addSessions(Actor actor, long classId, SessionPlan plan) {
        TrainingClass trainingClass = running(actor, classId);
        List<SessionTime> times = plan.times(Dates.VIETNAM);
        List<ClassSession> added = times.stream().map(time -> trainingClass.addSession(time, newSecret())).toList();
        em.flush();
        audit.record(actor.username(), "CLASS_SESSIONS_ADD", target(trainingClass), times.size() + " from " + plan.firstDay());
        return added;
    }

    /** Removes a session that has no attendance taken yet. */
    @Transactional
    public void removeSession(Actor actor, long sessionId) {
        ClassSession session = session(actor, sessionId);
        long marks = em.createQuery("select count(a) from Attendance a where a.session = :session", Long.class)
                .setParameter("session", session).getSingleResult();
        if (marks > 0) {
            throw DomainException.of(Failure.CONFLICT, "session.hasAttendance");
        }
        session.getTrainingClass().getSessions().remove(session);
        em.remove(session);
        audit.record(actor.username(), "CLASS_SESSION_REMOVE", target(session.getTrainingClass()), session.getStartsAt().toString());
    }

    @Transactional
    public void addTrainer(Actor actor, long classId, String username) {
        TrainingClass trainingClass = running(actor, classId);
        Account trainer = accounts.find(username == null ? "" : username)
                .filter(a -> a.hasRole(Role.TRAINER) || a.hasRole(Role.ORGANIZER))
                .orElseThrow(() -> DomainException.invalid("username", "class.notATrainer", username));
        trainingClass.addTrainer(trainer);
        audit.record(actor.username(), "CLASS_TRAINER_ADD", target(trainingClass), trainer.getUsername());
    }

    @Transactional
    public void removeTrainer(Actor actor, long classId, String username) {
        TrainingClass trainingClass = running(actor, classId);
        accounts.find(username).ifPresent(trainingClass::removeTrainer);
        audit.record(actor.username(), "CLASS_TRAINER_REMOVE", target(trainingClass), username);
    }

    @Transactional
    public String newEnrolmentKey(Actor actor, long classId) {
        TrainingClass trainingClass = running(actor, classId);
        trainingClass.changeEnrolmentKey(newKey());
        audit.record(actor.username(), "CLASS_KEY_CHANGE", target(trainingClass), null);
        return trainingClass.getEnrolmentKey();
    }

    public List<ClassMember> roster(Actor actor, long classId) {
        TrainingClass trainingClass = running(actor, classId);
        return members(trainingClass);
    }

    List<ClassMember> members(TrainingClass trainingClass) {
        return em.createQuery("select m from ClassMember m join fetch m.account where m.trainingClass = :c", ClassMember.class)
                .setParameter("c", trainingClass).getResultList();
    }

    TrainingClass running(Actor actor, long classId) {
        Access.requireAuthenticated(actor);
        TrainingClass trainingClass = em.find(TrainingClass.class, classId);
        if (trainingClass == null) {
            throw DomainException.of(Failure.NOT_FOUND, "class.unknown", classId);
        }
        ClassAccess.requireRun(actor, trainingClass, units.today());
        return trainingClass;
    }

    /** A session of a class the actor runs. */
    public ClassSession session(Actor actor, long sessionId) {
        Access.requireAuthenticated(actor);
        ClassSession session = em.find(ClassSession.class, sessionId);
        if (session == null) {
            throw DomainException.of(Failure.NOT_FOUND, "session.unknown", sessionId);
        }
        ClassAccess.requireRun(actor, session.getTrainingClass(), units.today());
        return session;
    }

    static String target(TrainingClass trainingClass) {
        return "class:" + trainingClass.getId();
    }

    private String newKey() {
        StringBuilder key = new StringBuilder(KEY_LENGTH);
        for (int i = 0; i < KEY_LENGTH; i++) {
            key.append(KEY_ALPHABET[RANDOM.nextInt(KEY_ALPHABET.length)]);
        }
        return key.toString();
    }

    private static String newSecret() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }
}
