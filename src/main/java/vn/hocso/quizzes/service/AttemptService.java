package vn.hocso.quizzes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.model.Account;
import vn.hocso.courses.model.CourseQuiz;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.courses.service.CourseCompleted;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.quizzes.core.AttemptPlan;
import vn.hocso.quizzes.core.AttemptScore;
import vn.hocso.quizzes.core.LearnerResponse;
import vn.hocso.quizzes.core.QuizSettings;
import vn.hocso.quizzes.grading.Grade;
import vn.hocso.quizzes.grading.Grader;
import vn.hocso.quizzes.model.AttemptQuestion;
import vn.hocso.quizzes.model.BankQuestion;
import vn.hocso.quizzes.model.QuizAttempt;

/**
 * Learners' attempts at quizzes. Only the learner who owns an attempt reads or changes it
 * (anyone else is told it does not exist); the server's clock decides what is on time.
 */
@ApplicationScoped
public class AttemptService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private EntityManager em;
    private Clock clock;
    private QuestionBankService bank;
    private Event<CourseCompleted> completions;
    private FreshPapers papers;
    /** How late answers may arrive after the deadline (weak connections), HOCSO_QUIZ_GRACE_SECONDS. */
    private Duration grace;

    protected AttemptService() {
    }

    @Inject
    public AttemptService(EntityManager em, Clock clock, QuestionBankService bank, Event<CourseCompleted> completions,
                          FreshPapers papers,
                          @ConfigProperty(name = "hocso.quiz.grace-seconds", defaultValue = "30") long graceSeconds) {
        this.em = em;
        this.clock = clock;
        this.bank = bank;
        this.completions = completions;
        this.papers = papers;
        this.grace = Duration.ofSeconds(graceSeconds);
    }

    /**
     * The learner's attempt in progress (on this device or another), or a new one. Starts are
     * serialised per learner and course, so two taps never make two attempts.
     */
    @Transactional
    public QuizAttempt start(Actor actor, long quizId) {
        Access.requireAuthenticated(actor);
        CourseQuiz quiz = bank.getQuiz(quizId);
        Enrolment enrolment = lockedEnrolment(actor, quiz);
        Instant now = clock.instant();
        List<QuizAttempt> attempts = attemptsOf(enrolment.getAccount(), quiz);
        Optional<QuizAttempt> running = attempts.stream().filter(QuizAttempt::isInProgress).findFirst();
        if (running.isPresent() && running.get().acceptsAnswers(now, grace)) {
            return running.get();
        }
        running.ifPresent(expired -> grade(expired, now));
        QuizSettings settings = quiz.settings();
        if (!settings.isOpen(now)) {
            throw DomainException.of(Failure.CONFLICT, "attempt.quizClosed");
        }
        if (settings.attemptsAllowed() > 0 && attempts.size() >= settings.attemptsAllowed()) {
            throw DomainException.of(Failure.CONFLICT, "attempt.noneLeft", settings.attemptsAllowed());
        }
        List<BankQuestion> questions = bank.active(quiz);
        List<AttemptPlan.Placed> plan = AttemptPlan.plan(questions.stream()
                .map(q -> new AttemptPlan.BankEntry(q.getId(), q.question())).toList(), settings, RANDOM);
        Map<Long, BankQuestion> byId = questions.stream().collect(Collectors.toMap(BankQuestion::getId, Function.identity()));
        QuizAttempt attempt = new QuizAttempt(quiz, enrolment.getAccount(), attempts.size() + 1, now, plan, byId);
        em.persist(attempt);
        papers.remember(attempt);
        return attempt;
    }

    /** The attempt, closed and graded first if its time ran out without a submission. */
    @Transactional
    public QuizAttempt get(Actor actor, long attemptId) {
        QuizAttempt attempt = owned(actor, attemptId, LockModeType.NONE);
        if (attempt.hasExpired(clock.instant(), grace)) {
            return submit(actor, attemptId);
        }
        return attempt;
    }

    /**
     * Saves one answer. Repeating a save changes nothing, and an older answer arriving after
     * a newer one (a resend after a dropped connection) is ignored.
     */
    @Transactional
    public AttemptQuestion answer(Actor actor, long attemptId, long questionId, JsonValue json, long sequence) {
        Access.requireAuthenticated(actor);
        // one row, not the whole attempt: answers are the busiest request of a contest
        AttemptQuestion placed = em.createQuery("select q from AttemptQuestion q join fetch q.attempt a "
                        + "where a.id = :attempt and q.question.id = :question", AttemptQuestion.class)
                .setParameter("attempt", attemptId).setParameter("question", questionId)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    owned(actor, attemptId, LockModeType.NONE);
                    throw DomainException.of(Failure.NOT_FOUND, "attempt.questionUnknown", questionId);
                });
        QuizAttempt attempt = placed.getAttempt();
        if (!attempt.isOwnedBy(actor.username())) {
            throw DomainException.of(Failure.NOT_FOUND, "attempt.unknown", attemptId);
        }
        Instant now = clock.instant();
        if (!attempt.acceptsAnswers(now, grace)) {
            throw DomainException.of(Failure.CONFLICT, !attempt.isInProgress() ? "attempt.submitted"
                    : attempt.hasBegun(now) ? "attempt.timeUp" : "attempt.notStarted");
        }
        papers.forget(attemptId);
        LearnerResponse response = ResponseJson.read(json, placed.getQuestion().getType());
        try {
            LearnerResponse.toGraded(response, placed.getQuestion().question(), placed.choiceOrder());
        } catch (IllegalArgumentException e) {
            throw ResponseJson.invalid();
        }
        placed.answer(json == null ? JsonValue.NULL.toString() : json.toString(), sequence, now);
        return placed;
    }

    /** Grades the attempt once; a second submission (or one racing it) gets the same result. */
    @Transactional
    public QuizAttempt submit(Actor actor, long attemptId) {
        QuizAttempt attempt = owned(actor, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (!attempt.hasBegun(clock.instant())) {
            throw DomainException.of(Failure.CONFLICT, "attempt.notStarted");
        }
        if (attempt.isInProgress()) {
            grade(attempt, clock.instant());
        }
        return attempt;
    }

    /** Grades an attempt whose time ran out without a submission (contest rankings close them all). */
    void closeIfExpired(QuizAttempt attempt) {
        if (attempt.hasExpired(clock.instant(), grace)) {
            grade(attempt, clock.instant());
        }
    }

    /** The quiz's rules with the learner's attempts and grade, for the page before starting. */
    public QuizInfo overview(Actor actor, long quizId, Locale locale) {
        CourseQuiz quiz = bank.getQuiz(quizId);
        List<QuizAttempt> mine = mine(actor, quizId);
        return QuizInfo.of(quiz, mine, grade(mine, quiz), locale, clock.instant());
    }

    public List<QuizAttempt> mine(Actor actor, long quizId) {
        Access.requireAuthenticated(actor);
        return em.createQuery("select a from QuizAttempt a where a.quiz.id = :quiz and a.account.username = :username "
                        + "and a.contestKey = 0 order by a.number", QuizAttempt.class)
                .setParameter("quiz", quizId).setParameter("username", actor.username()).getResultList();
    }

    /** The quiz grade by its grading method over the graded attempts, in percent; empty before any. */
    public Optional<BigDecimal> grade(List<QuizAttempt> attempts, CourseQuiz quiz) {
        return QuizAttempt.gradeOf(attempts, quiz.settings());
    }

    private void grade(QuizAttempt attempt, Instant now) {
        papers.forget(attempt.getId());
        List<BigDecimal> fractions = new ArrayList<>();
        List<Grade> grades = new ArrayList<>();
        for (AttemptQuestion placed : attempt.getQuestions()) {
            Grade grade = Grader.grade(placed.getQuestion().question(), LearnerResponse.toGraded(
                    ResponseJson.read(placed.getResponse(), placed.getQuestion().getType()),
                    placed.getQuestion().question(), placed.choiceOrder()));
            grades.add(grade);
            fractions.add(grade instanceof Grade.Scored scored ? scored.fraction() : null);
        }
        attempt.finish(fractions, AttemptScore.of(grades), now);
        em.flush();
        recordOnEnrolment(attempt, now);
    }

    /** A passing grade on the course's final quiz counts towards completing the course (a contest's does not). */
    void recordOnEnrolment(QuizAttempt attempt, Instant now) {
        CourseQuiz quiz = attempt.getQuiz();
        if (attempt.isContestAttempt() || !quiz.getFile().equals(quiz.getCourse().getCompletionQuiz())) {
            return;
        }
        Optional<BigDecimal> grade = grade(attemptsOf(attempt.getAccount(), quiz), quiz);
        if (grade.isPresent() && grade.get().compareTo(BigDecimal.valueOf(quiz.getPassPercent())) >= 0) {
            findEnrolment(attempt.getAccount(), quiz).filter(enrolment -> enrolment.recordQuizPassed(now))
                    .ifPresent(enrolment -> completions.fire(new CourseCompleted(enrolment)));
        }
    }

    private QuizAttempt owned(Actor actor, long attemptId, LockModeType lock) {
        Access.requireAuthenticated(actor);
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId, lock);
        if (attempt == null || !attempt.isOwnedBy(actor.username())) {
            throw DomainException.of(Failure.NOT_FOUND, "attempt.unknown", attemptId);
        }
        return attempt;
    }

    private Enrolment lockedEnrolment(Actor actor, CourseQuiz quiz) {
        Enrolment enrolment = em.createQuery("select e from Enrolment e where e.account.username = :username "
                        + "and e.course = :course", Enrolment.class)
                .setParameter("username", actor.username()).setParameter("course", quiz.getCourse())
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.of(Failure.CONFLICT, "attempt.notEnrolled", quiz.getCourse().getSlug()));
        em.lock(enrolment, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(enrolment);
        return enrolment;
    }

    private Optional<Enrolment> findEnrolment(Account account, CourseQuiz quiz) {
        return em.createQuery("select e from Enrolment e where e.account = :account and e.course = :course", Enrolment.class)
                .setParameter("account", account).setParameter("course", quiz.getCourse()).getResultStream().findFirst();
    }

    private List<QuizAttempt> attemptsOf(Account account, CourseQuiz quiz) {
        return em.createQuery("select a from QuizAttempt a where a.quiz = :quiz and a.account = :account "
                        + "and a.contestKey = 0 order by a.number",
                        QuizAttempt.class)
                .setParameter("quiz", quiz).setParameter("account", account).getResultList();
    }
}
