package vn.hocso.quizzes.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hocso.accounts.model.Account;
import vn.hocso.courses.model.CourseQuiz;
import vn.hocso.platform.persistence.Identified;
import vn.hocso.quizzes.core.AttemptPlan;
import vn.hocso.quizzes.core.AttemptScore;
import vn.hocso.quizzes.core.AttemptTiming;
import vn.hocso.quizzes.core.QuizSettings;

/**
 * One learner's attempt at a quiz. Its questions, their order and its deadline are fixed
 * when it starts; it is graded once, and asking again gives the same result.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_quiz_id")
    private CourseQuiz quiz;
    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @Column(nullable = false)
    private int number;
    /** The contest's id for a contest attempt, 0 for a learner's own attempt at a course quiz. */
    @Column(name = "contest_key", nullable = false)
    private long contestKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptStatus status = AttemptStatus.IN_PROGRESS;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column
    private Instant deadline;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column
    private BigDecimal score;
    @Column(name = "max_score")
    private BigDecimal maxScore;
    @Column
    private Boolean passed;
    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<AttemptQuestion> questions = new ArrayList<>();
    @Version
    private int version;

    protected QuizAttempt() {
    }

    /** @param bank the quiz's questions by id, to place the planned ones */
    public QuizAttempt(CourseQuiz quiz, Account account, int number, Instant now, List<AttemptPlan.Placed> plan,
                       Map<Long, BankQuestion> bank) {
        this.quiz = quiz;
        this.account = account;
        this.number = number;
        this.startedAt = now;
        this.deadline = AttemptTiming.deadline(now, quiz.settings());
        for (AttemptPlan.Placed placed : plan) {
            questions.add(new AttemptQuestion(this, questions.size() + 1, bank.get(placed.questionId()), placed.choiceOrder()));
        }
    }

    /** A contestant's attempt, made at registration: it begins and ends with the contest. */
    public static QuizAttempt forContest(Contest contest, Account account, List<AttemptPlan.Placed> plan,
                                         Map<Long, BankQuestion> bank) {
        QuizAttempt attempt = new QuizAttempt(contest.getQuiz(), account, 1, contest.getStartsAt(), plan, bank);
        attempt.contestKey = contest.getId();
        attempt.deadline = contest.endsAt();
        return attempt;
    }

    /** Whether its questions may be shown and answered (a contest attempt waits for the start). */
    public boolean hasBegun(Instant now) {
        return !now.isBefore(startedAt);
    }

    public boolean isContestAttempt() {
        return contestKey != 0;
    }

    public boolean isInProgress() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    public boolean acceptsAnswers(Instant now, Duration grace) {
        return isInProgress() && hasBegun(now) && AttemptTiming.acceptsAnswers(deadline, now, grace);
    }

    /** Still open, but its time (and the grace after it) has run out. */
    public boolean hasExpired(Instant now, Duration grace) {
        return isInProgress() && !AttemptTiming.acceptsAnswers(deadline, now, grace);
    }

    /** Records the grade of each question (null for an essay awaiting a trainer) and the total. */
    public void finish(List<BigDecimal> fractions, AttemptScore total, Instant now) {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).grade(fractions.get(i));
        }
        score = total.score();
        maxScore = total.maxScore();
        passed = total.pending() ? null : total.passes(quiz.getPassPercent());
        status = total.pending() ? AttemptStatus.AWAITING_GRADING : AttemptStatus.GRADED;
        submittedAt = deadline != null && now.isAfter(deadline) ? deadline : now;
    }

    /** A trainer's mark for an essay; once no essay waits, the attempt has its final grade. */
    public void gradeEssay(AttemptQuestion essay, BigDecimal fraction) {
        if (status != AttemptStatus.AWAITING_GRADING || !questions.contains(essay)) {
            throw new IllegalStateException("no essay of this attempt awaits grading");
        }
        essay.grade(fraction);
        AttemptScore total = AttemptScore.ofFractions(questions.stream().map(AttemptQuestion::getFraction).toList());
        score = total.score();
        passed = total.pending() ? null : total.passes(quiz.getPassPercent());
        status = total.pending() ? AttemptStatus.AWAITING_GRADING : AttemptStatus.GRADED;
    }

    public boolean isOwnedBy(String username) {
        return account.getUsername().equals(username);
    }

    public BigDecimal percent() {
        return score == null || maxScore.signum() == 0 ? null : AttemptScore.percent(score, maxScore);
    }

    public CourseQuiz getQuiz() {
        return quiz;
    }

    public Account getAccount() {
        return account;
    }

    /** The quiz grade over these attempts by the quiz's grading method, in percent; empty before any is graded. */
    public static Optional<BigDecimal> gradeOf(List<QuizAttempt> attempts, QuizSettings settings) {
        return settings.grading().grade(attempts.stream().filter(a -> a.getPassed() != null).map(QuizAttempt::percent).toList());
    }

    public long getContestKey() {
        return contestKey;
    }

    public int getNumber() {
        return number;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public Boolean getPassed() {
        return passed;
    }

    public int getVersion() {
        return version;
    }

    public List<AttemptQuestion> getQuestions() {
        return questions;
    }
}
