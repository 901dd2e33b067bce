package vn.hocso.quizzes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.quizzes.core.LearnerResponse;
import vn.hocso.quizzes.core.QuestionHtml;
import vn.hocso.quizzes.gift.QuestionType;
import vn.hocso.quizzes.model.AttemptQuestion;
import vn.hocso.quizzes.model.AttemptStatus;
import vn.hocso.quizzes.model.QuizAttempt;

/** Trainers grade the essays of the learners they follow; the attempt is final once none waits. */
@ApplicationScoped
public class EssayGradingService {

    private EntityManager em;
    private Clock clock;
    private UnitService units;
    private AttemptService attempts;
    private AuditLog audit;

    protected EssayGradingService() {
    }

    @Inject
    public EssayGradingService(EntityManager em, Clock clock, UnitService units, AttemptService attempts, AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.units = units;
        this.attempts = attempts;
        this.audit = audit;
    }

    /** An essay waiting for a grade: whose, the question (safe HTML) and the answer as typed. */
    public record PendingEssay(long id, String learner, String unit, int attemptNumber, String question, String answer) {
    }

    public List<PendingEssay> pending(Actor actor, long quizId) {
        Access.requireTrainer(actor);
        Set<String> followed = units.followedBy(actor);
        if (followed.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select q from AttemptQuestion q where q.attempt.quiz.id = :quiz and q.attempt.status = :waiting "
                        + "and q.question.type = :essay and q.fraction is null and q.attempt.account.unit.code in :units "
                        + "order by q.attempt.submittedAt", AttemptQuestion.class)
                .setParameter("quiz", quizId).setParameter("waiting", AttemptStatus.AWAITING_GRADING)
                .setParameter("essay", QuestionType.ESSAY).setParameter("units", followed)
                .getResultList().stream().map(EssayGradingService::pendingEssay).toList();
    }

    @Transactional
    public void grade(Actor actor, long essayId, Integer percent) {
        Access.requireTrainer(actor);
        AttemptQuestion essay = em.find(AttemptQuestion.class, essayId);
        if (essay == null || essay.getQuestion().getType() != QuestionType.ESSAY
                || !units.followedBy(actor).contains(essay.getAttempt().getAccount().getUnit().getCode())) {
            throw DomainException.of(Failure.NOT_FOUND, "essay.unknown", essayId);
        }
        if (percent == null || percent < 0 || percent > 100) {
            throw DomainException.invalid("percent", "essay.percentRange");
        }
        QuizAttempt attempt = essay.getAttempt();
        if (attempt.getStatus() != AttemptStatus.AWAITING_GRADING || essay.getFraction() != null) {
            throw DomainException.of(Failure.CONFLICT, "essay.alreadyGraded");
        }
        attempt.gradeEssay(essay, BigDecimal.valueOf(percent).movePointLeft(2));
        audit.record(actor.username(), "ESSAY_GRADE", "attempt:" + attempt.getId(), "question " + essay.getQuestion().getId()
                + ": " + percent + "%");
        if (attempt.getStatus() == AttemptStatus.GRADED) {
            em.flush();
            attempts.recordOnEnrolment(attempt, clock.instant());
        }
    }

    private static PendingEssay pendingEssay(AttemptQuestion essay) {
        QuizAttempt attempt = essay.getAttempt();
        String answer = ResponseJson.read(essay.getResponse(), QuestionType.ESSAY) instanceof LearnerResponse.Text text
                ? text.text() : "";
        return new PendingEssay(essay.getId(), attempt.getAccount().getFullName(), attempt.getAccount().getUnit().getName(),
                attempt.getNumber(), QuestionHtml.render(essay.getQuestion().question().format(), essay.getQuestion().question().text()),
                answer);
    }
}
