package vn.hocso.classes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.PlanFlags;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.SearchText;
import vn.hocso.accounts.core.Usernames;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Unit;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.classes.core.RosterEntry;
import vn.hocso.classes.core.RosterFile;
import vn.hocso.classes.core.RosterLine;
import vn.hocso.classes.core.SheetReader;
import vn.hocso.classes.model.ClassMember;
import vn.hocso.classes.model.ClassSession;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.persistence.InLists;

/**
 * Who is in a class: learners joining with the key, people a trainer adds, and roster files
 * an organizer imports (previewed first, then committed in one transaction).
 */
@ApplicationScoped
public class RosterService {

    private EntityManager em;
    private Clock clock;
    private ClassService classes;
    private Accounts accounts;
    private AuditLog audit;

    protected RosterService() {
    }

    @Inject
    public RosterService(EntityManager em, Clock clock, ClassService classes, Accounts accounts, AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.classes = classes;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The outcome of committing a roster: how many joined, how many got a new account, and every line's verdict. */
    public record Imported(int joined, int created, List<RosterLine> lines) {
    }

    /** A learner joins with the class's key (or its link); joining twice changes nothing. */
    @Transactional
    public ClassMember join(Actor actor, String key) {
        Access.requireAuthenticated(actor);
        String normalized = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
        TrainingClass trainingClass = em.createQuery("select c from TrainingClass c where c.enrolmentKey = :key",
                        TrainingClass.class)
                .setParameter("key", normalized).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.invalid("key", "class.keyUnknown"));
        if (trainingClass.getEndDate().isBefore(LocalDate.now(clock.withZone(Dates.VIETNAM)))) {
            throw DomainException.of(Failure.CONFLICT, "class.ended");
        }
        Account learner = accounts.get(actor.username());
        Optional<ClassMember> existing = member(trainingClass, learner);
        if (existing.isPresent()) {
            return existing.get();
        }
        requirePlaces(trainingClass, 1);
        ClassMember member = enrol(trainingClass, learner, ClassMember.JoinedBy.KEY, clock.instant());
        audit.record(actor.username(), "CLASS_JOIN", ClassService.target(trainingClass), null);
        return member;
    }

    /** A trainer adds someone who has an account, by phone number or e-mail. */
    @Transactional
    public ClassMember add(Actor actor, long classId, String username) {
        TrainingClass trainingClass = classes.running(actor, classId);
        Account learner = Usernames.normalize(username).flatMap(accounts::find)
                .orElseThrow(() -> DomainException.invalid("username", "class.noSuchAccount", username));
        if (member(trainingClass, learner).isPresent()) {
            throw DomainException.of(Failure.CONFLICT, "roster.alreadyEnrolled");
        }
        requirePlaces(trainingClass, 1);
        ClassMember member = enrol(trainingClass, learner, ClassMember.JoinedBy.TRAINER, clock.instant());
        audit.record(actor.username(), "CLASS_MEMBER_ADD", ClassService.target(trainingClass), learner.getUsername());
        return member;
    }

    /** Takes someone off the roster; their attendance stays on record. */
    @Transactional
    public void remove(Actor actor, long classId, String username) {
        TrainingClass trainingClass = classes.running(actor, classId);
        Account learner = accounts.get(username);
        ClassMember member = member(trainingClass, learner)
                .orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "class.notMember", username));
        em.remove(member);
        audit.record(actor.username(), "CLASS_MEMBER_REMOVE", ClassService.target(trainingClass), username);
    }

    /** What committing the file would do, line by line; nothing is stored. */
    public List<RosterLine> preview(Actor actor, long classId, String fileName, byte[] file) {
        TrainingClass trainingClass = classes.running(actor, classId);
        return check(trainingClass, fileName, file, unitsByName());
    }

    /**
     * Imports every line the preview accepts, in one transaction: all of them or, if
     * anything fails (the class would be over capacity, say), none.
     */
    @Transactional
    public Imported commit(Actor actor, long classId, String fileName, byte[] file) {
        TrainingClass trainingClass = classes.running(actor, classId);
        Map<String, Unit> units = unitsByName();
        List<RosterLine> lines = check(trainingClass, fileName, file, units);
        List<RosterLine> accepted = lines.stream().filter(l -> !l.isRejected()).toList();
        requirePlaces(trainingClass, accepted.size());
        Instant now = clock.instant();
        Map<Long, Account> matched = accountsById(accepted.stream().flatMap(l -> l.accountId().stream()).toList());
        Set<Long> enrolled = enrolledIn(trainingClass, matched.keySet());
        int created = 0;
        for (RosterLine line : accepted) {
            Account account;
            if (line.accountId().isPresent()) {
                account = matched.get(line.accountId().get());
            } else {
                account = newAccount(line.entry().orElseThrow(), trainingClass, units, now);
                created++;
            }
            em.persist(new ClassMember(trainingClass, account, ClassMember.JoinedBy.IMPORT, now));
            if (!enrolled.contains(account.getId())) {
                em.persist(new Enrolment(account, trainingClass.getCourse(), now));
            }
        }
        audit.record(actor.username(), "CLASS_ROSTER_IMPORT", ClassService.target(trainingClass),
                accepted.size() + " joined, " + created + " new accounts, " + (lines.size() - accepted.size()) + " rejected");
        return new Imported(accepted.size(), created, lines);
    }

    public List<ClassMember> classesOf(Actor actor) {
        Access.requireAuthenticated(actor);
        return em.createQuery("select m from ClassMember m join fetch m.trainingClass where m.account.username = :username "
                        + "order by m.joinedAt desc", ClassMember.class)
                .setParameter("username", actor.username()).getResultList();
    }

    /** Every line's verdict, given the units by folded code and name. */
    private List<RosterLine> check(TrainingClass trainingClass, String fileName, byte[] file, Map<String, Unit> units) {
        RosterFile roster = RosterFile.read(fileName, SheetReader.read(file), ZonedDateTime.now(clock.withZone(Dates.VIETNAM)).getYear());
        Map<String, Long> known = accountIds(roster.usernames());
        Set<Long> members = new HashSet<>(em.createQuery("select m.account.id from ClassMember m where m.trainingClass = :c",
                Long.class).setParameter("c", trainingClass).getResultList());
        return roster.check(known, name -> Optional.ofNullable(units.get(SearchText.fold(name))).map(Unit::getCode), members);
    }

    private Account newAccount(RosterEntry entry, TrainingClass trainingClass, Map<String, Unit> units, Instant now) {
        Account account = new Account(entry.username(), entry.fullName(), now);
        Unit unit = entry.unit().map(u -> units.get(SearchText.fold(u))).orElse(trainingClass.getUnit());
        account.describeFromRoster(entry.birthYear().orElse(null), entry.gender().orElse(null), unit, entry.flags());
        account.grant(Role.LEARNER, null);
        em.persist(account);
        return account;
    }

    /** Units by folded code and by folded name, so "xã phước dân" finds "Xã Phước Dân". */
    private Map<String, Unit> unitsByName() {
        Map<String, Unit> byName = new HashMap<>();
        for (Unit unit : em.createQuery("select u from Unit u", Unit.class).getResultList()) {
            byName.putIfAbsent(SearchText.fold(unit.getName()), unit);
            byName.put(SearchText.fold(unit.getCode()), unit);
        }
        return byName;
    }

    private Map<String, Long> accountIds(Set<String> usernames) {
        Map<String, Long> ids = new HashMap<>();
        InLists.query(usernames, names -> em.createQuery("select a.username, a.id from Account a "
                        + "where a.username in :names and a.erasedAt is null", Object[].class)
                .setParameter("names", names).getResultList())
                .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        return ids;
    }

    private Set<Long> enrolledIn(TrainingClass trainingClass, Set<Long> accountIds) {
        return new HashSet<>(InLists.query(accountIds, ids -> em.createQuery(
                        "select e.account.id from Enrolment e where e.course = :c and e.account.id in :ids", Long.class)
                .setParameter("c", trainingClass.getCourse()).setParameter("ids", ids).getResultList()));
    }

    private Map<Long, Account> accountsById(List<Long> accountIds) {
        Map<Long, Account> byId = new HashMap<>();
        InLists.query(accountIds, ids -> em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", ids).getResultList()).forEach(a -> byId.put(a.getId(), a));
        return byId;
    }

    private void requirePlaces(TrainingClass trainingClass, int joining) {
        if (trainingClass.getCapacity() == null) {
            return;
        }
        long taken = em.createQuery("select count(m) from ClassMember m where m.trainingClass = :c", Long.class)
                .setParameter("c", trainingClass).getSingleResult();
        if (taken + joining > trainingClass.getCapacity()) {
            throw DomainException.of(Failure.CONFLICT, "class.full", trainingClass.getCapacity(),
                    Math.max(0, trainingClass.getCapacity() - taken), joining);
        }
    }

    Optional<ClassMember> member(TrainingClass trainingClass, Account learner) {
        return em.createQuery("select m from ClassMember m where m.trainingClass = :c and m.account = :a", ClassMember.class)
                .setParameter("c", trainingClass).setParameter("a", learner).getResultStream().findFirst();
    }

    /** An account for someone who walked in: named and reachable, with no password until they set one with a code. */
    Account newWalkIn(String username, String fullName, ClassSession session, Instant now) {
        if (fullName == null || fullName.isBlank()) {
            throw DomainException.invalid("fullName", "field.required");
        }
        Account account = new Account(username, fullName.strip(), now);
        account.describeFromRoster(null, null, session.getTrainingClass().getUnit(), PlanFlags.NONE);
        account.grant(Role.LEARNER, null);
        em.persist(account);
        return account;
    }

    /** Walk-ins are in the room already: the class's capacity does not turn them away. */
    void addWalkIn(TrainingClass trainingClass, Account person, Instant now) {
        enrol(trainingClass, person, ClassMember.JoinedBy.WALK_IN, now);
    }

    /** On the roster, and enrolled in the class's course so the lessons open for them. */
    private ClassMember enrol(TrainingClass trainingClass, Account learner, ClassMember.JoinedBy how, Instant now) {
        ClassMember member = new ClassMember(trainingClass, learner, how, now);
        em.persist(member);
        boolean enrolled = em.createQuery("select count(e) from Enrolment e where e.account = :a and e.course = :c", Long.class)
                .setParameter("a", learner).setParameter("c", trainingClass.getCourse()).getSingleResult() > 0;
        if (!enrolled) {
            em.persist(new Enrolment(learner, trainingClass.getCourse(), now));
        }
        return member;
    }
}
