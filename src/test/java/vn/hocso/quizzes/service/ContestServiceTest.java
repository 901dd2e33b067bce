package vn.hocso.quizzes.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.accounts.service.ServiceFixture;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.courses.service.CatalogService;
import vn.hocso.courses.service.CourseImportService;
import vn.hocso.platform.api.JsonConfig;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.i18n.Messages;
import vn.hocso.quizzes.api.AttemptDtos;
import vn.hocso.quizzes.core.AttemptTiming;
import vn.hocso.quizzes.core.ContestRanking;
import vn.hocso.quizzes.model.AttemptQuestion;
import vn.hocso.quizzes.model.ContestEntry;
import vn.hocso.quizzes.model.QuizAttempt;
import vn.hocso.testsupport.DirectEvent;

class ContestServiceTest {

    private static final String QUIZ = """
            $CATEGORY: thi/tin-hoc

            ::a:: 1 + 1 = ? {#2}

            ::b:: 2 + 2 = ? {#4}
            """;

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final QuestionBankService bank = new QuestionBankService(f.entityManager(), f.clock);
    private final FreshPapers papers = new FreshPapers();
    private final DirectEvent<ContestRescheduled> moves = new DirectEvent<>();
    private final AttemptService attempts = new AttemptService(f.entityManager(), f.clock, bank, f.completions(), papers, AttemptTiming.DEFAULT_GRACE.toSeconds());
    private final ContestService contests = new ContestService(f.entityManager(), f.clock, f.units, f.accounts(), bank, attempts,
            papers, moves, f.audit());
    private Actor organizer;
    private long quizId;
    private long contestId;
    private Instant start;

    @TempDir
    Path root;

    @BeforeEach
    void aContestPlannedByADistrictOrganizer() {
        CourseFolder.valid(root, "tin-hoc").write("quizzes/final.gift", QUIZ);
        f.tx(() -> new CourseImportService(f.entityManager(), f.clock, f.audit(), bank).importFolder(root));
        quizId = f.tx(() -> new CatalogService(f.entityManager()).get("tin-hoc").activeQuizzes().get(0).getId());
        organizer = f.organizer("bithu-np", "HD-NP");
        start = f.clock.instant().plus(Duration.ofHours(1));
        contestId = f.tx(() -> contests.create(organizer, "Hội thi Tin học trẻ huyện", quizId, "HD-NP", start, 20)).getId();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static void assertFails(Failure failure, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.failure()).isEqualTo(failure));
    }

    private QuizAttempt register(Actor contestant) {
        return f.tx(() -> contests.register(contestant, contestId).getAttempt());
    }

    private void answer(Actor contestant, QuizAttempt attempt, String name, String response) {
        long question = attempt.getQuestions().stream().map(AttemptQuestion::getQuestion)
                .filter(q -> q.question().name().equals(name)).findFirst().orElseThrow().getId();
        f.tx(() -> attempts.answer(contestant, attempt.getId(), question, Json.createValue(response), 1));
    }

    @Test
    void onlyOrganizersOfTheUnitPlanContestsAndOnlyInTheFuture() {
        Actor commune = f.organizer("bithu-ph", "X-PH");

        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> contests.create(commune, "Hội thi", quizId, "HD-NP", start, 20)));
        assertFails(Failure.INVALID, () -> f.tx(() -> contests.create(organizer, " ", quizId, "HD-NP",
                f.clock.instant().minusSeconds(1), 0)));
        assertThat(f.tx(() -> contests.managed(organizer))).hasSize(1);
        assertThat(f.tx(() -> contests.managed(commune))).isEmpty();
    }

    @Test
    void aContestantsPaperIsMadeAtRegistrationAndStaysClosedUntilTheStart() {
        Actor contestant = Accounts.toActor(f.learner("0911222333", "Lò Thị Hoa", "CD-HS"));
        QuizAttempt attempt = register(contestant);
        ContestEntry again = f.tx(() -> contests.register(contestant, contestId));

        assertThat(again.getAttempt().getId()).isEqualTo(attempt.getId());
        assertThat(attempt.getQuestions()).hasSize(2);
        assertThat(attempt.getDeadline()).isEqualTo(start.plus(Duration.ofMinutes(20)));
        assertFails(Failure.CONFLICT, () -> answer(contestant, attempt, "a", "2"));
        assertFails(Failure.CONFLICT, () -> f.tx(() -> attempts.submit(contestant, attempt.getId())));
        assertThat(f.tx(() -> attempts.mine(contestant, quizId))).as("not one of the course's attempts").isEmpty();
    }

    @Test
    void theRankingPutsTheBetterScoreFirstThenTheFasterAndClosesPapersLeftOpen() {
        Actor fast = Accounts.toActor(f.learner("0911000001", "Nhanh Tay", "CD-HS"));
        Actor slow = Accounts.toActor(f.learner("0911000002", "Chậm Rãi", "CD-KP1"));
        Actor idle = Accounts.toActor(f.learner("0911000003", "Quên Nộp", "CD-KP1"));
        QuizAttempt fastPaper = register(fast);
        QuizAttempt slowPaper = register(slow);
        QuizAttempt idlePaper = register(idle);
        f.clock.advance(Duration.ofHours(1).plusMinutes(2));
        answer(fast, fastPaper, "a", "2");
        answer(slow, slowPaper, "a", "2");
        answer(idle, idlePaper, "a", "2");
        answer(idle, idlePaper, "b", "4");
        f.tx(() -> attempts.submit(fast, fastPaper.getId()));
        f.clock.advance(Duration.ofMinutes(5));
        f.tx(() -> attempts.submit(slow, slowPaper.getId()));
        f.clock.advance(Duration.ofMinutes(30));

        List<ContestRanking.Row> all = f.tx(() -> contests.ranking(organizer, contestId, null));
        List<ContestRanking.Row> commune = f.tx(() -> contests.ranking(organizer, contestId, "X-PD"));

        assertThat(all).extracting(ContestRanking.Row::name).containsExactly("Quên Nộp", "Nhanh Tay", "Chậm Rãi");
        assertThat(all.get(0).secondsTaken()).as("closed at the end of the contest").isEqualTo(20 * 60L);
        assertThat(commune).extracting(ContestRanking.Row::name).containsExactly("Quên Nộp", "Chậm Rãi");
        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> contests.ranking(fast, contestId, null)));
    }

    @Test
    void anUnansweredPaperIsServedFromMemoryToItsOwnerOnlyUntilTheFirstAnswerOrANewStart() {
        Actor contestant = Accounts.toActor(f.learner("0911222333", "Lò Thị Hoa", "CD-HS"));
        Actor other = Accounts.toActor(f.learner("0911222444", "Đặng Văn Ưng", "CD-HS"));
        QuizAttempt paper = register(contestant);
        QuizAttempt second = register(other);

        FreshPapers.Paper fresh = papers.find(contestant, paper.getId(), f.clock.instant()).orElseThrow();
        assertThat(fresh.questions()).extracting(FreshPapers.Placed::questionId)
                .containsExactlyElementsOf(paper.getQuestions().stream().map(q -> q.getQuestion().getId()).toList());
        assertThat(fresh.startedAt()).isEqualTo(start);
        assertThat(papers.find(other, paper.getId(), f.clock.instant())).as("someone else's paper").isEmpty();
        assertThat(papers.find(Actor.ANONYMOUS, paper.getId(), f.clock.instant())).isEmpty();

        f.clock.advance(Duration.between(f.clock.instant(), start.plusSeconds(5)));
        answer(contestant, paper, "a", "2");
        assertThat(papers.find(contestant, paper.getId(), f.clock.instant())).as("answered: the database knows more").isEmpty();
        assertThat(papers.find(other, second.getId(), f.clock.instant())).isPresent();
        assertThat(papers.find(other, second.getId(), start.plus(Duration.ofMinutes(21)))).as("past the deadline").isEmpty();
    }

    @Test
    void thePaperFromMemoryReadsExactlyAsTheOneFromTheDatabase() {
        Actor contestant = Accounts.toActor(f.learner("0911222333", "Lò Thị Hoa", "CD-HS"));
        QuizAttempt paper = register(contestant);

        for (Instant when : List.of(start.minusSeconds(60), start.plusSeconds(5))) {
            FreshPapers.Paper fresh = papers.find(contestant, paper.getId(), when).orElseThrow();
            for (Locale locale : List.of(Messages.VIETNAMESE, Messages.ENGLISH)) {
                JsonObject fromMemory = Json.createReader(new StringReader(AttemptDtos.AttemptView.fresh(fresh, locale, when)))
                        .readObject();
                JsonObject fromDatabase = Json.createReader(new StringReader(JsonConfig.toJson(f.tx(() ->
                        AttemptDtos.AttemptView.of(attempts.get(contestant, paper.getId()), locale, when))))).readObject();
                assertThat(fromMemory).isEqualTo(fromDatabase);
            }
        }
    }

    @Test
    void aNewStartMovesThePapersInMemoryOnceCommitted() {
        Actor contestant = Accounts.toActor(f.learner("0911222333", "Lò Thị Hoa", "CD-HS"));
        QuizAttempt paper = register(contestant);
        moves.observe(papers::rescheduled);
        Instant later = start.plus(Duration.ofHours(1));

        f.tx(() -> contests.reschedule(organizer, contestId, later));

        FreshPapers.Paper moved = papers.find(contestant, paper.getId(), f.clock.instant()).orElseThrow();
        assertThat(moved.startedAt()).isEqualTo(later);
        assertThat(moved.deadline()).isEqualTo(later.plus(Duration.ofMinutes(20)));
    }

    @Test
    void movingTheStartMovesEveryPaper() {
        Actor contestant = Accounts.toActor(f.learner("0911222333", "Lò Thị Hoa", "CD-HS"));
        QuizAttempt paper = register(contestant);
        Instant later = start.plus(Duration.ofDays(1));

        f.tx(() -> contests.reschedule(organizer, contestId, later));

        QuizAttempt moved = f.tx(() -> f.entityManager().find(QuizAttempt.class, paper.getId()));
        assertThat(moved.getStartedAt()).isEqualTo(later);
        assertThat(moved.getDeadline()).isEqualTo(later.plus(Duration.ofMinutes(20)));
        assertThat(f.tx(() -> contests.info(contestId)).startsAt()).isEqualTo(later);
        f.clock.advance(Duration.ofDays(2));
        assertFails(Failure.CONFLICT, () -> f.tx(() -> contests.reschedule(organizer, contestId, f.clock.instant().plusSeconds(60))));
    }
}
