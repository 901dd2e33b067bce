package vn.hocso.quizzes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.courses.model.CourseQuiz;
import vn.hocso.platform.persistence.InLists;
import vn.hocso.quizzes.core.QuestionStatistics;
import vn.hocso.quizzes.model.AttemptQuestion;
import vn.hocso.quizzes.model.AttemptStatus;
import vn.hocso.quizzes.model.BankQuestion;
import vn.hocso.quizzes.model.QuizAttempt;

/** What trainers and organizers see of a quiz: the attempts of the learners they follow, and how each question did. */
@ApplicationScoped
public class QuizResultsService {

    private static final int HARDEST = 5;

    private EntityManager em;
    private UnitService units;
    private QuestionBankService bank;
    private LearnerGroups groups;

    protected QuizResultsService() {
    }

    @Inject
    public QuizResultsService(EntityManager em, UnitService units, QuestionBankService bank, LearnerGroups groups) {
        this.em = em;
        this.units = units;
        this.bank = bank;
        this.groups = groups;
    }

    /** The results of the learners the actor follows (by unit). */
    public QuizResults results(Actor actor, long quizId, Locale locale) {
        Access.requireTrainer(actor);
        Set<String> followed = units.followedBy(actor);
        CourseQuiz quiz = bank.getQuiz(quizId);
        List<QuizAttempt> attempts = followed.isEmpty() ? List.of() : em.createQuery(
                        "select a from QuizAttempt a where a.quiz = :quiz and a.status <> :running and a.contestKey = 0 "
                                + "and a.account.unit.code in :units order by a.submittedAt desc", QuizAttempt.class)
                .setParameter("quiz", quiz).setParameter("running", AttemptStatus.IN_PROGRESS).setParameter("units", followed)
                .getResultList();
        return results(quiz, null, attempts, locale);
    }

    /** The results of one group's learners (a class), for someone who may see the group. */
    public QuizResults results(Actor actor, long quizId, long groupId, Locale locale) {
        Access.requireTrainer(actor);
        LearnerGroups.LearnerGroup group = groups.group(actor, groupId);
        CourseQuiz quiz = bank.getQuiz(quizId);
        return results(quiz, group.title(), graded(quiz, group.accountIds()), locale);
    }

    /** Each learner's quiz grade (by the quiz's grading method), for the learners given; learners without one are left out. */
    public Map<Long, BigDecimal> grades(Actor actor, CourseQuiz quiz, Collection<Long> accountIds) {
        Access.requireTrainer(actor);
        return graded(quiz, accountIds).stream().collect(Collectors.groupingBy(a -> a.getAccount().getId())).entrySet().stream()
                .flatMap(e -> QuizAttempt.gradeOf(e.getValue(), quiz.settings()).map(g -> Map.entry(e.getKey(), g)).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<QuizAttempt> graded(CourseQuiz quiz, Collection<Long> accountIds) {
        return InLists.query(accountIds, ids -> em.createQuery("select a from QuizAttempt a where a.quiz = :quiz "
                        + "and a.status <> :running and a.contestKey = 0 and a.account.id in :ids order by a.submittedAt desc",
                        QuizAttempt.class)
                .setParameter("quiz", quiz).setParameter("running", AttemptStatus.IN_PROGRESS).setParameter("ids", ids)
                .getResultList());
    }

    private QuizResults results(CourseQuiz quiz, String group, List<QuizAttempt> attempts, Locale locale) {
        List<QuestionStatistics.QuestionStat> stats = QuestionStatistics.of(attempts.stream().map(QuizResultsService::marks).toList());
        Map<Long, BankQuestion> questions = new HashMap<>();
        attempts.forEach(a -> a.getQuestions().forEach(q -> questions.put(q.getQuestion().getId(), q.getQuestion())));
        Function<QuestionStatistics.QuestionStat, QuizResults.QuestionRow> row = stat -> questionRow(questions.get(stat.questionId()), stat);
        return new QuizResults(quiz.getId(), quiz.title().in(locale), quiz.getCourse().title().in(locale), group, summary(attempts),
                attempts.stream().map(QuizResultsService::attemptRow).toList(),
                stats.stream().map(row).sorted((x, y) -> Integer.compare(x.position(), y.position())).toList(),
                QuestionStatistics.hardest(stats, HARDEST).stream().map(row).toList());
    }

    private static Map<Long, BigDecimal> marks(QuizAttempt attempt) {
        Map<Long, BigDecimal> marks = new LinkedHashMap<>();
        for (AttemptQuestion placed : attempt.getQuestions()) {
            if (placed.getFraction() != null) {
                marks.put(placed.getQuestion().getId(), placed.getFraction());
            }
        }
        return marks;
    }

    private static QuizResults.Summary summary(List<QuizAttempt> attempts) {
        Map<Long, List<QuizAttempt>> byLearner = attempts.stream().collect(Collectors.groupingBy(a -> a.getAccount().getId()));
        long passed = byLearner.values().stream().filter(mine -> mine.stream().anyMatch(a -> Boolean.TRUE.equals(a.getPassed()))).count();
        BigDecimal average = attempts.stream().map(QuizAttempt::percent).filter(p -> p != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new QuizResults.Summary(byLearner.size(), attempts.size(),
                attempts.isEmpty() ? null : average.divide(BigDecimal.valueOf(attempts.size()), 1, RoundingMode.HALF_UP),
                byLearner.isEmpty() ? null : BigDecimal.valueOf(passed * 100).divide(BigDecimal.valueOf(byLearner.size()), 1, RoundingMode.HALF_UP));
    }

    private static QuizResults.AttemptRow attemptRow(QuizAttempt attempt) {
        return new QuizResults.AttemptRow(attempt.getAccount().getFullName(), attempt.getAccount().getUnit().getName(),
                attempt.getNumber(), attempt.getStatus().name(), attempt.percent(), attempt.getPassed(), attempt.getSubmittedAt());
    }

    private static QuizResults.QuestionRow questionRow(BankQuestion question, QuestionStatistics.QuestionStat stat) {
        String name = question.question().name().isBlank() ? plain(question.question().text()) : question.question().name();
        return new QuizResults.QuestionRow(question.getPosition(), name, question.getType().name(), stat.answered(),
                stat.facility(), stat.discrimination(), stat.wrongShare());
    }

    /** The start of a question's text without markup, to name it in a table. */
    private static String plain(String text) {
        String stripped = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return stripped.length() > 80 ? stripped.substring(0, 79) + "…" : stripped;
    }
}
