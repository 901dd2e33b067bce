package vn.hocso.quizzes.api;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.hocso.courses.model.CourseQuiz;
import vn.hocso.platform.api.JsonConfig;
import vn.hocso.platform.i18n.Messages;
import vn.hocso.quizzes.core.QuestionReview;
import vn.hocso.quizzes.core.ReviewPolicy;
import vn.hocso.quizzes.core.ShownQuestion;
import vn.hocso.quizzes.gift.Question;
import vn.hocso.quizzes.model.AttemptQuestion;
import vn.hocso.quizzes.model.AttemptStatus;
import vn.hocso.quizzes.model.QuizAttempt;
import vn.hocso.quizzes.service.FreshPapers;
import vn.hocso.quizzes.service.ResponseJson;

/** What the API tells about attempts; right answers only in a review the quiz allows. */
public final class AttemptDtos {

    private AttemptDtos() {
    }

    /** The status of a contest attempt before the contest starts: nothing of it is shown yet. */
    public static final String SCHEDULED = "SCHEDULED";
    private static final String NO_QUESTIONS = "\"questions\":[]";

    /** An attempt as its page needs it: questions, what is saved, and when submitted the result (and review). */
    public record AttemptView(long attemptId, long quizId, String quizTitle, int number, String status, Instant startedAt,
                              Instant deadline, Instant submittedAt, Instant serverTime, List<ShownQuestion> questions,
                              Map<String, SavedAnswer> responses, Result result, List<QuestionReview> review) {

        public static AttemptView of(QuizAttempt attempt, Locale locale, Instant now) {
            List<AttemptQuestion> placed = attempt.getQuestions();
            Map<String, SavedAnswer> responses = new LinkedHashMap<>();
            placed.stream().filter(q -> q.getResponse() != null).forEach(q -> responses.put(
                    String.valueOf(q.getQuestion().getId()), new SavedAnswer(json(q.getResponse()), q.getResponseSeq(), q.getSavedAt())));
            CourseQuiz quiz = attempt.getQuiz();
            boolean review = ReviewPolicy.showsAnswers(quiz.settings(), !attempt.isInProgress(), now);
            boolean begun = attempt.hasBegun(now);
            return new AttemptView(attempt.getId(), quiz.getId(), quiz.title().in(locale), attempt.getNumber(),
                    begun ? attempt.getStatus().name() : SCHEDULED, attempt.getStartedAt(), attempt.getDeadline(),
                    attempt.getSubmittedAt(), now, begun ? placed.stream().map(q -> shown(q.getQuestion().getId(),
                            q.getPosition(), q.getQuestion().question(), q.choiceOrder(), locale)).toList() : List.of(),
                    responses,
                    attempt.isInProgress() ? null : Result.of(attempt),
                    review ? placed.stream().map(AttemptDtos::review).toList() : null);
        }

        /**
         * The same view, as JSON, of a paper nobody has answered yet, from memory: in progress,
         * nothing saved, no review. Its questions' JSON is made once per paper and language and
         * put in place of the empty list, so a contest's start costs no rendering either.
         */
        public static String fresh(FreshPapers.Paper paper, Locale locale, Instant now) {
            boolean begun = !now.isBefore(paper.startedAt());
            String view = JsonConfig.toJson(new AttemptView(paper.attemptId(), paper.quizId(), paper.quizTitle().in(locale),
                    paper.number(), begun ? AttemptStatus.IN_PROGRESS.name() : SCHEDULED, paper.startedAt(), paper.deadline(),
                    null, now, List.of(), Map.of(), null, null));
            return begun ? view.replace(NO_QUESTIONS, "\"questions\":" + questionsJson(paper, locale)) : view;
        }

        /** Makes the paper's questions' JSON now (at registration), not in the rush of the start. */
        public static void prepare(FreshPapers.Paper paper, Locale locale) {
            questionsJson(paper, locale);
        }

        private static String questionsJson(FreshPapers.Paper paper, Locale locale) {
            return paper.questionsJson(locale, p -> JsonConfig.toJson(p.questions().stream()
                    .map(q -> shown(q.questionId(), q.position(), q.question(), q.choiceOrder(), locale)).toList()));
        }
    }

    /** An answer the server holds: as the page sent it, its sequence and when it was saved. */
    public record SavedAnswer(JsonValue response, long seq, Instant savedAt) {
    }

    public record Result(BigDecimal score, BigDecimal maxScore, BigDecimal percent, Boolean passed, String status) {

        public static Result of(QuizAttempt attempt) {
            return new Result(attempt.getScore(), attempt.getMaxScore(), attempt.percent(), attempt.getPassed(),
                    attempt.getStatus().name());
        }
    }

    public record Saved(long questionId, long seq, Instant savedAt) {

        public static Saved of(AttemptQuestion placed) {
            return new Saved(placed.getQuestion().getId(), placed.getResponseSeq(), placed.getSavedAt());
        }
    }

    static ShownQuestion shown(long questionId, int position, Question question, List<Integer> choiceOrder, Locale locale) {
        return ShownQuestion.of(questionId, position, question, choiceOrder,
                truth -> Messages.text(locale, truth ? "quiz.true" : "quiz.false"));
    }

    private static QuestionReview review(AttemptQuestion placed) {
        return QuestionReview.of(placed.getQuestion().getId(), placed.getFraction(), placed.getQuestion().question(),
                placed.choiceOrder(), ResponseJson.read(placed.getResponse(), placed.getQuestion().getType()));
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }
}
