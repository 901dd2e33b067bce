package vn.hocso.quizzes.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.nio.file.Path;
import java.util.List;
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
import vn.hocso.courses.service.EnrolmentService;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.quizzes.core.AttemptTiming;
import vn.hocso.quizzes.model.AttemptStatus;
import vn.hocso.quizzes.model.QuizAttempt;

class EssayGradingServiceTest {

    private static final String COURSE = "an-toan";
    private static final String QUIZ = """
            $CATEGORY: an-toan/final

            ::tf:: Có thể đọc mã OTP cho nhân viên ngân hàng. {F}

            ::essay:: Kể lại một lần bạn gặp tin nhắn lừa đảo và cách bạn xử lý. {}
            """;

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final QuestionBankService bank = new QuestionBankService(f.entityManager(), f.clock);
    private final FreshPapers papers = new FreshPapers();
    private final AttemptService attempts = new AttemptService(f.entityManager(), f.clock, bank, f.completions(), papers, AttemptTiming.DEFAULT_GRACE.toSeconds());
    private final CatalogService catalog = new CatalogService(f.entityManager());
    private final EssayGradingService essays = new EssayGradingService(f.entityManager(), f.clock, f.units, attempts, f.audit());
    private Actor learner;
    private long quizId;
    private QuizAttempt attempt;

    @TempDir
    Path root;

    @BeforeEach
    void aLearnerSubmittedAnEssay() {
        CourseFolder.valid(root, COURSE).write("quizzes/final.gift", QUIZ);
        f.tx(() -> new CourseImportService(f.entityManager(), f.clock, f.audit(), bank).importFolder(root));
        quizId = f.tx(() -> catalog.get(COURSE).activeQuizzes().get(0).getId());
        learner = Accounts.toActor(f.learner("0911222333", "Lò Thị Hoa", "CD-HS"));
        f.tx(() -> new EnrolmentService(f.entityManager(), f.clock, f.accounts(), catalog, f.completions()).enrol(learner, COURSE));
        attempt = f.tx(() -> attempts.start(learner, quizId));
        long essay = attempt.getQuestions().stream().filter(q -> q.getQuestion().question().name().equals("essay"))
                .findFirst().orElseThrow().getQuestion().getId();
        f.tx(() -> attempts.answer(learner, attempt.getId(), essay, Json.createValue("Tôi không bấm vào đường link lạ."), 1));
        attempt = f.tx(() -> attempts.submit(learner, attempt.getId()));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anEssayWaitsForATrainerAndItsGradeCompletesTheAttempt() {
        Actor organizer = f.organizer("bithu-ph", "X-PH");
        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.AWAITING_GRADING);
        assertThat(attempt.getPassed()).isNull();
        List<EssayGradingService.PendingEssay> pending = f.tx(() -> essays.pending(organizer, quizId));
        assertThat(pending).singleElement().satisfies(e -> assertThat(e.answer()).isEqualTo("Tôi không bấm vào đường link lạ."));

        f.tx(() -> essays.grade(organizer, pending.get(0).id(), 100));

        QuizAttempt graded = f.tx(() -> attempts.get(learner, attempt.getId()));
        assertThat(graded.getStatus()).isEqualTo(AttemptStatus.GRADED);
        assertThat(graded.getScore()).as("the essay's mark only; the true/false was not answered").isEqualByComparingTo("1");
        assertThat(graded.getPassed()).isFalse();
        assertThat(f.tx(() -> essays.pending(organizer, quizId))).isEmpty();
        assertThatThrownBy(() -> f.tx(() -> essays.grade(organizer, pending.get(0).id(), 50)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.failure()).isEqualTo(Failure.CONFLICT));
    }

    @Test
    void onlyTrainersOfTheLearnersUnitGradeAndOnlyFromZeroToAHundred() {
        Actor elsewhere = f.organizer("bithu-pd", "X-PD");
        Actor organizer = f.organizer("bithu-ph", "X-PH");
        long essay = f.tx(() -> essays.pending(organizer, quizId)).get(0).id();

        assertThat(f.tx(() -> essays.pending(elsewhere, quizId))).isEmpty();
        assertThatThrownBy(() -> f.tx(() -> essays.grade(elsewhere, essay, 100)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
        assertThatThrownBy(() -> f.tx(() -> essays.grade(organizer, essay, 101)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.failure()).isEqualTo(Failure.INVALID));
        assertThatThrownBy(() -> f.tx(() -> essays.grade(learner, essay, 100))).isInstanceOf(DomainException.class);
    }
}
