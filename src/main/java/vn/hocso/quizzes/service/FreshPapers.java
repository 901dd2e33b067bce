package vn.hocso.quizzes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.hocso.accounts.core.Actor;
import vn.hocso.courses.content.LocalizedText;
import vn.hocso.quizzes.gift.Question;
import vn.hocso.quizzes.model.QuizAttempt;

/**
 * Papers no one has answered yet, kept in memory from the moment they are made: when a
 * contest starts, a thousand contestants open theirs in the same second, and none of them
 * has anything saved, so their pages need no database at all. The first answer or a submit
 * forgets a paper, a new contest start moves it; after a restart the database serves them.
 */
@ApplicationScoped
public class FreshPapers {

    /** More papers than any contest: past it the memory is simply cleared. */
    static final int MAX_PAPERS = 100_000;

    private final Map<Long, Paper> papers = new ConcurrentHashMap<>();

    /** What a paper shows before any answer; its questions' JSON is kept once made, per language. */
    public record Paper(long attemptId, String owner, long quizId, LocalizedText quizTitle, int number, long contestKey,
                        Instant startedAt, Instant deadline, List<Placed> questions, Map<Locale, String> questionsJson) {

        /** The questions as JSON in the language, made by {@code render} the first time only. */
        public String questionsJson(Locale locale, Function<Paper, String> render) {
            return questionsJson.computeIfAbsent(locale, l -> render.apply(this));
        }
    }

    /** A question as the paper places it. */
    public record Placed(long questionId, int position, Question question, List<Integer> choiceOrder) {
    }

    /** Remembers a paper just made (its transaction may still fail: then nobody ever has its id). */
    void remember(QuizAttempt attempt) {
        if (papers.size() >= MAX_PAPERS) {
            papers.clear();
        }
        papers.put(attempt.getId(), new Paper(attempt.getId(), attempt.getAccount().getUsername(), attempt.getQuiz().getId(),
                attempt.getQuiz().title(), attempt.getNumber(), attempt.getContestKey(), attempt.getStartedAt(),
                attempt.getDeadline(), attempt.getQuestions().stream().map(q -> new Placed(q.getQuestion().getId(),
                        q.getPosition(), q.getQuestion().question(), q.choiceOrder())).toList(), new ConcurrentHashMap<>()));
    }

    /** The actor's unanswered paper while its time runs; empty means: ask the database. */
    public Optional<Paper> find(Actor actor, long attemptId, Instant now) {
        Paper paper = papers.get(attemptId);
        if (paper == null || !actor.isAuthenticated() || !paper.owner().equals(actor.username())) {
            return Optional.empty();
        }
        return now.isBefore(paper.deadline()) ? Optional.of(paper) : Optional.empty();
    }

    void forget(long attemptId) {
        papers.remove(attemptId);
    }

    /**
     * A contest's papers move with its start, once the move is committed: a paper must never
     * open earlier in memory than in the database.
     */
    void rescheduled(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContestRescheduled moved) {
        papers.replaceAll((id, p) -> p.contestKey() != moved.contestId() ? p : new Paper(p.attemptId(), p.owner(), p.quizId(),
                p.quizTitle(), p.number(), p.contestKey(), moved.startsAt(), moved.endsAt(), p.questions(), p.questionsJson()));
    }
}
