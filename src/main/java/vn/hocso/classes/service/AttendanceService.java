package vn.hocso.classes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Usernames;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.classes.core.AttendanceStatus;
import vn.hocso.classes.model.Attendance;
import vn.hocso.classes.model.AttendanceChange;
import vn.hocso.classes.model.ClassSession;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;

/**
 * Taking attendance: trainers mark the roster (online, or offline and synced later), learners
 * check themselves in with the session's rotating code. Every change is kept with who made
 * it, when, and what it was before.
 */
@ApplicationScoped
public class AttendanceService {

    /** Arriving this long after the start, a self check-in counts as late. */
    public static final Duration LATE_AFTER = Duration.ofMinutes(15);
    /** A mark arriving later than this after it was taken was kept on the phone meanwhile. */
    private static final Duration SYNC_DELAY = Duration.ofMinutes(1);
    /** Trainers may open the register a little before the start, as people arrive. */
    public static final Duration EARLY_MARKING = Duration.ofMinutes(30);

    private EntityManager em;
    private Clock clock;
    private ClassService classes;
    private RosterService rosters;
    private Accounts accounts;
    private ClassCompletion completion;

    protected AttendanceService() {
    }

    @Inject
    public AttendanceService(EntityManager em, Clock clock, ClassService classes, RosterService rosters, Accounts accounts,
                             ClassCompletion completion) {
        this.em = em;
        this.clock = clock;
        this.classes = classes;
        this.rosters = rosters;
        this.accounts = accounts;
        this.completion = completion;
    }

    /** One mark as a trainer's phone took it, possibly offline: takenAt is when the trainer tapped. */
    public record Mark(String username, AttendanceStatus status, String remark, Instant takenAt) {
    }

    /** Marks one learner; repeating the same mark changes nothing. */
    @Transactional
    public Attendance mark(Actor actor, long sessionId, Mark mark, AttendanceChange.Source source) {
        ClassSession session = openForMarking(actor, sessionId);
        return apply(actor, session, mark, source);
    }

    /**
     * Marks sent together by the trainer's phone, possibly taken offline a while ago: each is
     * applied unless a mark taken later is already stored, so sending the same batch twice
     * duplicates nothing. Marks older than a minute are recorded as synced, not as taken now.
     */
    @Transactional
    public List<Attendance> sync(Actor actor, long sessionId, List<Mark> marks) {
        ClassSession session = openForMarking(actor, sessionId);
        Instant lateAfter = clock.instant().minus(SYNC_DELAY);
        return marks.stream().map(mark -> apply(actor, session, mark, mark.takenAt() != null && mark.takenAt().isBefore(lateAfter)
                ? AttendanceChange.Source.SYNC : AttendanceChange.Source.TRAINER)).toList();
    }

    /** Someone not on the roster who came anyway: added to the class (with an account if needed) and marked present. */
    @Transactional
    public Attendance walkIn(Actor actor, long sessionId, String fullName, String phoneOrEmail, Instant takenAt) {
        ClassSession session = openForMarking(actor, sessionId);
        String username = Usernames.normalize(phoneOrEmail)
                .orElseThrow(() -> DomainException.invalid("phone", "roster.badPhone", phoneOrEmail));
        Account person = accounts.find(username).orElseGet(() -> rosters.newWalkIn(username, fullName, session, clock.instant()));
        TrainingClass trainingClass = session.getTrainingClass();
        if (rosters.member(trainingClass, person).isEmpty()) {
            rosters.addWalkIn(trainingClass, person, clock.instant());
        }
        return apply(actor, session, new Mark(username, AttendanceStatus.PRESENT, null, takenAt), AttendanceChange.Source.TRAINER);
    }

    /** A learner on the roster checks in with the code on the trainer's screen. */
    @Transactional
    public Attendance checkIn(Actor actor, long sessionId, String code) {
        Access.requireAuthenticated(actor);
        ClassSession session = Optional.ofNullable(em.find(ClassSession.class, sessionId))
                .orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "session.unknown", sessionId));
        Instant now = clock.instant();
        if (!session.checkInCode().accepts(code, now)) {
            throw DomainException.of(Failure.CONFLICT, session.time().isRunning(now) ? "checkin.codeExpired" : "checkin.notRunning");
        }
        Account learner = accounts.get(actor.username());
        if (rosters.member(session.getTrainingClass(), learner).isEmpty()) {
            throw DomainException.of(Failure.FORBIDDEN, "checkin.notOnRoster");
        }
        Attendance attendance = find(session, learner).orElseGet(() -> new Attendance(session, learner));
        if (attendance.getStatus() == AttendanceStatus.PRESENT || attendance.getStatus() == AttendanceStatus.LATE) {
            return attendance;
        }
        AttendanceStatus status = now.isAfter(session.getStartsAt().plus(LATE_AFTER)) ? AttendanceStatus.LATE
                : AttendanceStatus.PRESENT;
        return record(actor, attendance, status, attendance.getRemark(), now, AttendanceChange.Source.CHECK_IN);
    }

    public List<Attendance> marks(Actor actor, long classId) {
        TrainingClass trainingClass = classes.running(actor, classId);
        return marksOf(trainingClass);
    }

    List<Attendance> marksOf(TrainingClass trainingClass) {
        return em.createQuery("select a from Attendance a where a.session.trainingClass = :c", Attendance.class)
                .setParameter("c", trainingClass).getResultList();
    }

    public List<AttendanceChange> history(Actor actor, long sessionId) {
        ClassSession session = classes.session(actor, sessionId);
        return em.createQuery("select c from AttendanceChange c where c.session = :s order by c.at, c.id", AttendanceChange.class)
                .setParameter("s", session).getResultList();
    }

    private ClassSession openForMarking(Actor actor, long sessionId) {
        ClassSession session = classes.session(actor, sessionId);
        if (clock.instant().isBefore(session.getStartsAt().minus(EARLY_MARKING))) {
            throw DomainException.of(Failure.CONFLICT, "session.notStarted");
        }
        return session;
    }

    private Attendance apply(Actor actor, ClassSession session, Mark mark, AttendanceChange.Source source) {
        if (mark.status() == null) {
            throw DomainException.invalid("status", "field.required");
        }
        if (mark.remark() != null && mark.remark().length() > Attendance.REMARK_LENGTH) {
            throw DomainException.invalid("remark", "field.tooLong", Attendance.REMARK_LENGTH);
        }
        Account learner = Usernames.normalize(mark.username()).flatMap(accounts::find)
                .filter(a -> rosters.member(session.getTrainingClass(), a).isPresent())
                .orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "class.notMember", mark.username()));
        Instant now = clock.instant();
        // a phone's clock may be ahead; a mark is never later than its arrival
        Instant takenAt = mark.takenAt() == null || mark.takenAt().isAfter(now) ? now : mark.takenAt();
        Attendance attendance = find(session, learner).orElseGet(() -> new Attendance(session, learner));
        String remark = mark.remark() == null || mark.remark().isBlank() ? null : mark.remark().strip();
        return record(actor, attendance, mark.status(), remark, takenAt, source);
    }

    private Attendance record(Actor actor, Attendance attendance, AttendanceStatus status, String remark, Instant takenAt,
                              AttendanceChange.Source source) {
        AttendanceStatus before = attendance.getStatus();
        String beforeRemark = attendance.getRemark();
        boolean isNew = attendance.isNew();
        if (attendance.mark(status, remark, takenAt, actor.username())) {
            if (isNew) {
                em.persist(attendance);
            }
            em.persist(new AttendanceChange(attendance, before, beforeRemark, actor.username(), source, clock.instant()));
            em.flush();
            completion.evaluate(attendance.getSession().getTrainingClass(), attendance.getAccount());
        }
        return attendance;
    }

    private Optional<Attendance> find(ClassSession session, Account learner) {
        return em.createQuery("select a from Attendance a where a.session = :s and a.account = :a", Attendance.class)
                .setParameter("s", session).setParameter("a", learner).getResultStream().findFirst();
    }
}
