package vn.hocso.quizzes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.courses.model.CourseQuiz;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.quizzes.gift.AikenParser;
import vn.hocso.quizzes.gift.GiftParser;
import vn.hocso.quizzes.gift.GiftWriter;
import vn.hocso.quizzes.gift.ParseResult;
import vn.hocso.quizzes.gift.Question;
import vn.hocso.quizzes.model.BankQuestion;

/**
 * The question bank of each quiz, kept in line with its GIFT file at every import: a
 * question unchanged keeps its row, a new or changed one gets a new row, a removed one is
 * retired (attempts that showed it still grade against it).
 */
@ApplicationScoped
public class QuestionBankService {

    /** A preview reads at most this much text: a big Moodle bank, not a denial of service. */
    public static final int MAX_PREVIEW_CHARS = 2_000_000;

    private EntityManager em;
    private Clock clock;

    protected QuestionBankService() {
    }

    @Inject
    public QuestionBankService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Called inside the import's transaction, after the quiz itself was saved. */
    public void sync(CourseQuiz quiz, List<Question> questions) {
        Map<String, BankQuestion> existing = questionsOf(quiz).stream()
                .collect(Collectors.toMap(BankQuestion::getContentHash, Function.identity()));
        Set<String> present = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            BankQuestion candidate = new BankQuestion(quiz, i + 1, questions.get(i));
            if (!present.add(candidate.getContentHash())) {
                continue; // the same question twice in a file is one question of the bank
            }
            BankQuestion kept = existing.get(candidate.getContentHash());
            if (kept == null) {
                em.persist(candidate);
            } else {
                kept.keepAt(i + 1);
            }
        }
        existing.values().stream().filter(q -> !present.contains(q.getContentHash())).forEach(q -> q.retire(clock.instant()));
    }

    /** The quiz's questions in use, in the file's order. */
    public List<BankQuestion> active(CourseQuiz quiz) {
        return questionsOf(quiz).stream().filter(BankQuestion::isActive).toList();
    }

    /** What a GIFT or Aiken text holds, or every problem with its line; nothing is stored. */
    public ParseResult preview(Actor actor, String format, String text) {
        Access.requireTrainer(actor);
        if (text != null && text.length() > MAX_PREVIEW_CHARS) {
            throw DomainException.invalid("text", "quiz.previewTooLong", MAX_PREVIEW_CHARS / 1_000_000);
        }
        String body = text == null ? "" : text;
        return switch (format == null || format.isBlank() ? "gift" : format) {
            case "gift" -> GiftParser.parse(body);
            case "aiken" -> AikenParser.parse(body);
            default -> throw DomainException.invalid("format", "quiz.formatUnknown", format);
        };
    }

    /** The quiz's questions as one GIFT file, for Moodle or another province; trainers and above. */
    public String export(Actor actor, long quizId) {
        Access.requireTrainer(actor);
        return GiftWriter.write(active(getQuiz(quizId)).stream().map(BankQuestion::question).toList());
    }

    public CourseQuiz getQuiz(long quizId) {
        CourseQuiz quiz = em.find(CourseQuiz.class, quizId);
        if (quiz == null || !quiz.isActive()) {
            throw DomainException.of(Failure.NOT_FOUND, "quiz.unknown", quizId);
        }
        return quiz;
    }

    private List<BankQuestion> questionsOf(CourseQuiz quiz) {
        return em.createQuery("select q from BankQuestion q where q.quiz = :quiz order by q.position, q.id", BankQuestion.class)
                .setParameter("quiz", quiz).getResultList();
    }
}
