package vn.hocso.quizzes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Unit;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.errors.FieldError;
import vn.hocso.quizzes.core.AttemptPlan;
import vn.hocso.quizzes.core.ContestRanking;
import vn.hocso.quizzes.model.BankQuestion;
import vn.hocso.quizzes.model.Contest;
import vn.hocso.quizzes.model.ContestEntry;
import vn.hocso.quizzes.model.QuizAttempt;

/**
 * Contests: organizers plan them for their units; learners register before the start and
 * get their attempt made there and then, so the synchronized start only reads it; the
 * ranking orders by score, then by time taken.
 */
@ApplicationScoped
public class ContestService {

    public static final int MAX_MINUTES = 600;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EntityManager em;
    private Clock clock;
    private UnitService units;
    private Accounts accounts;
    private QuestionBankService bank;
    private AttemptService attempts;
    private FreshPapers papers;
    private Event<ContestRescheduled> moves;
    private AuditLog audit;
    /** What the countdown page shows, kept in memory so that waiting contestants cost no database work. */
    private final Map<Long, ContestInfo> infos = new ConcurrentHashMap<>();

    protected ContestService() {
    }

    @Inject
    public ContestService(EntityManager em, Clock clock, UnitService units, Accounts accounts, QuestionBankService bank,
                          AttemptService attempts, FreshPapers papers, Event<ContestRescheduled> moves, AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.units = units;
        this.accounts = accounts;
        this.bank = bank;
        this.attempts = attempts;
        this.papers = papers;
        this.moves = moves;
        this.audit = audit;
    }

    /** A contest as anyone may see it. */
    public record ContestInfo(long id, String title, String unitName, String quizTitleVi, String quizTitleEn,
                              int questionCount, Instant startsAt, Instant endsAt, int durationMinutes) {
    }

    @Transactional
    public Contest create(Actor actor, String title, long quizId, String unitCode, Instant startsAt, Integer durationMinutes) {
        Access.requireManage(actor, unitCode, units.today());
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank() || title.strip().length() > Contest.TITLE_LENGTH) {
            errors.add(FieldError.of("title", "contest.titleInvalid", Contest.TITLE_LENGTH));
        }
        if (startsAt == null || !startsAt.isAfter(clock.instant())) {
            errors.add(FieldError.of("startsAt", "contest.startInPast"));
        }
        if (durationMinutes == null || durationMinutes < 1 || durationMinutes > MAX_MINUTES) {
            errors.add(FieldError.of("durationMinutes", "contest.durationRange", MAX_MINUTES));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Contest contest = new Contest(title.strip(), bank.getQuiz(quizId), units.get(unitCode), startsAt, durationMinutes,
                actor.username(), clock.instant());
        em.persist(contest);
        em.flush();
        audit.record(actor.username(), "CONTEST_CREATE", "contest:" + contest.getId(), title + " at " + startsAt);
        return contest;
    }

    /** A new start time, before the contest has started; every registered paper moves with it. */
    @Transactional
    public Contest reschedule(Actor actor, long contestId, Instant startsAt) {
        Contest contest = get(contestId);
        Access.requireManage(actor, contest.getUnit().getCode(), units.today());
        Instant now = clock.instant();
        if (contest.hasStarted(now)) {
            throw DomainException.of(Failure.CONFLICT, "contest.alreadyStarted");
        }
        if (startsAt == null || !startsAt.isAfter(now)) {
            throw DomainException.invalid("startsAt", "contest.startInPast");
        }
        contest.reschedule(startsAt);
        em.createQuery("update QuizAttempt a set a.startedAt = :start, a.deadline = :end where a.contestKey = :contest")
                .setParameter("start", startsAt).setParameter("end", contest.endsAt()).setParameter("contest", contestId)
                .executeUpdate();
        infos.remove(contestId);
        moves.fire(new ContestRescheduled(contestId, startsAt, contest.endsAt()));
        audit.record(actor.username(), "CONTEST_RESCHEDULE", "contest:" + contestId, "to " + startsAt);
        return contest;
    }

    /** The contests of the units an organizer manages, newest first. */
    public List<Contest> managed(Actor actor) {
        Access.requireManager(actor);
        var tree = units.today();
        return em.createQuery("select c from Contest c order by c.startsAt desc", Contest.class).getResultList().stream()
                .filter(c -> Access.canManage(actor, c.getUnit().getCode(), tree)).toList();
    }

    public ContestInfo info(long contestId) {
        return infos.computeIfAbsent(contestId, id -> {
            Contest contest = get(id);
            return new ContestInfo(id, contest.getTitle(), contest.getUnit().getName(), contest.getQuiz().title().vi(),
                    contest.getQuiz().title().en(), contest.getQuiz().questionCount(), contest.getStartsAt(), contest.endsAt(),
                    contest.getDurationMinutes());
        });
    }

    /** Registers the learner (again: nothing changes) and makes their attempt; only before the contest ends. */
    @Transactional
    public ContestEntry register(Actor actor, long contestId) {
        Access.requireAuthenticated(actor);
        Contest contest = get(contestId);
        Optional<ContestEntry> existing = entryOf(actor, contestId);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!clock.instant().isBefore(contest.endsAt())) {
            throw DomainException.of(Failure.CONFLICT, "contest.over");
        }
        Account contestant = accounts.get(actor.username());
        List<BankQuestion> questions = bank.active(contest.getQuiz());
        Map<Long, BankQuestion> byId = questions.stream().collect(Collectors.toMap(BankQuestion::getId, Function.identity()));
        List<AttemptPlan.Placed> plan = AttemptPlan.plan(questions.stream()
                .map(q -> new AttemptPlan.BankEntry(q.getId(), q.question())).toList(), contest.getQuiz().settings(), RANDOM);
        QuizAttempt attempt = QuizAttempt.forContest(contest, contestant, plan, byId);
        ContestEntry entry = new ContestEntry(contest, contestant, attempt, clock.instant());
        try {
            em.persist(attempt);
            em.persist(entry);
            em.flush();
        } catch (PersistenceException twoTapsAtOnce) {
            throw DomainException.of(Failure.CONFLICT, "contest.registeredAlready");
        }
        papers.remember(attempt);
        return entry;
    }

    public Optional<ContestEntry> entryOf(Actor actor, long contestId) {
        Access.requireAuthenticated(actor);
        return em.createQuery("select e from ContestEntry e where e.contest.id = :contest and e.account.username = :username",
                        ContestEntry.class)
                .setParameter("contest", contestId).setParameter("username", actor.username()).getResultStream().findFirst();
    }

    /** The ranking, within one unit's subtree when a unit is given; attempts left open past the end are closed first. */
    @Transactional
    public List<ContestRanking.Row> ranking(Actor actor, long contestId, String unitCode) {
        Contest contest = get(contestId);
        var tree = units.today();
        Access.requireManage(actor, contest.getUnit().getCode(), tree);
        List<ContestEntry> entries = em.createQuery("select e from ContestEntry e where e.contest = :contest", ContestEntry.class)
                .setParameter("contest", contest).getResultList();
        entries.forEach(e -> attempts.closeIfExpired(e.getAttempt()));
        var within = unitCode == null || unitCode.isBlank() ? null : tree.subtree(unitCode);
        return ContestRanking.rank(entries.stream()
                .filter(e -> within == null || within.contains(unitOf(e).getCode()))
                .map(ContestService::result).toList());
    }

    private static ContestRanking.Result result(ContestEntry entry) {
        QuizAttempt attempt = entry.getAttempt();
        return new ContestRanking.Result(entry.getAccount().getFullName(), unitOf(entry).getName(), unitOf(entry).getCode(),
                attempt.isInProgress() ? null : attempt.getScore(), attempt.getMaxScore(), attempt.getStartedAt(),
                attempt.getSubmittedAt());
    }

    private static Unit unitOf(ContestEntry entry) {
        return entry.getAccount().getUnit();
    }

    public Contest get(long contestId) {
        Contest contest = em.find(Contest.class, contestId);
        if (contest == null) {
            throw DomainException.of(Failure.NOT_FOUND, "contest.unknown", contestId);
        }
        return contest;
    }
}
