package vn.hocso.quizzes.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.accounts.service.ServiceFixture;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.courses.model.CourseQuiz;
import vn.hocso.courses.model.EnrolmentStatus;
import vn.hocso.courses.service.CatalogService;
import vn.hocso.courses.service.CourseImportService;
import vn.hocso.courses.service.EnrolmentService;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.quizzes.core.AttemptTiming;
import vn.hocso.quizzes.gift.Answer;
import vn.hocso.quizzes.gift.Question;
import vn.hocso.quizzes.model.AttemptQuestion;
import vn.hocso.quizzes.model.AttemptStatus;
import vn.hocso.quizzes.model.QuizAttempt;

class AttemptServiceTest {

    private static final String COURSE = "an-toan";
    static final String QUIZ = """
            $CATEGORY: an-toan/final

            ::mc:: Mật khẩu nào mạnh nhất? {=Ca-Phe.Nui7May ~123456 ~matkhau}

            ::tf:: Có thể đọc mã OTP cho nhân viên ngân hàng. {F}

            ::sa:: Ứng dụng định danh điện tử quốc gia tên là gì? {=VNeID =VNe ID}

            ::num:: Mật khẩu mạnh dài ít nhất bao nhiêu ký tự? {#12}

            ::ma:: Đâu là xác thực hai lớp? {~%50%Mã OTP ~%50%Vân tay ~%-100%Ngày sinh}
            """;

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final QuestionBankService bank = new QuestionBankService(f.entityManager(), f.clock);
    private final FreshPapers papers = new FreshPapers();
    private final AttemptService attempts = new AttemptService(f.entityManager(), f.clock, bank, f.completions(), papers, AttemptTiming.DEFAULT_GRACE.toSeconds());
    private final CatalogService catalog = new CatalogService(f.entityManager());
    private final EnrolmentService enrolments = new EnrolmentService(f.entityManager(), f.clock, f.accounts(), catalog, f.completions());
    private Actor learner;
    private long quizId;

    @TempDir
    Path root;

    @BeforeEach
    void aCourseWithAQuizAndAnEnrolledLearner() {
        importCourse(CourseFolder.valid(root, COURSE).write("quizzes/final.gift", QUIZ));
        learner = Accounts.toActor(f.learner("0911222333", "Lò Thị Hoa", "CD-HS"));
        f.tx(() -> enrolments.enrol(learner, COURSE));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void importCourse(CourseFolder folder) {
        f.tx(() -> new CourseImportService(f.entityManager(), f.clock, f.audit(), bank).importFolder(root));
        quizId = f.tx(() -> catalog.get(COURSE).activeQuizzes().get(0).getId());
    }

    private QuizAttempt start() {
        return f.tx(() -> attempts.start(learner, quizId));
    }

    private void answer(QuizAttempt attempt, String name, JsonValue response, long seq) {
        f.tx(() -> attempts.answer(learner, attempt.getId(), questionId(attempt, name), response, seq));
    }

    private static long questionId(QuizAttempt attempt, String name) {
        return placed(attempt, name).getQuestion().getId();
    }

    private static AttemptQuestion placed(QuizAttempt attempt, String name) {
        return attempt.getQuestions().stream().filter(q -> q.getQuestion().question().name().equals(name)).findFirst().orElseThrow();
    }

    /** The id the attempt showed for the answer with this text. */
    private static int choiceId(QuizAttempt attempt, String name, String answerText) {
        AttemptQuestion placed = placed(attempt, name);
        List<Answer> answers = placed.getQuestion().question().answers();
        List<Integer> order = placed.choiceOrder();
        return IntStream.range(0, order.size()).filter(k -> answers.get(order.get(k)).text().equals(answerText))
                .findFirst().orElseThrow() + 1;
    }

    private void answerEverythingRight(QuizAttempt attempt) {
        answer(attempt, "mc", Json.createValue(choiceId(attempt, "mc", "Ca-Phe.Nui7May")), 1);
        answer(attempt, "tf", Json.createValue(choiceId(attempt, "tf", Question.FALSE)), 1);
        answer(attempt, "sa", Json.createValue("vneid"), 1);
        answer(attempt, "num", Json.createValue("12"), 1);
        answer(attempt, "ma", Json.createArrayBuilder().add(choiceId(attempt, "ma", "Mã OTP"))
                .add(choiceId(attempt, "ma", "Vân tay")).build(), 1);
    }

    private static void assertFails(Failure failure, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.failure()).isEqualTo(failure));
    }

    @Test
    void anAttemptIsFixedAtItsStartAndResumedOnAnotherDevice() {
        QuizAttempt first = start();
        QuizAttempt again = start();

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(first.getQuestions()).hasSize(5);
        assertThat(again.getQuestions()).extracting(AttemptQuestion::choiceOrder)
                .isEqualTo(first.getQuestions().stream().map(AttemptQuestion::choiceOrder).toList());
        assertThat(first.getDeadline()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(30)));
    }

    @Test
    void rightAnswersPassTheQuizAndWithEveryLessonDoneCompleteTheCourse() {
        f.tx(() -> catalog.get(COURSE).activeLessons().forEach(l -> enrolments.markDone(learner, COURSE, l.getSlug())));
        QuizAttempt attempt = start();
        answerEverythingRight(attempt);

        QuizAttempt graded = f.tx(() -> attempts.submit(learner, attempt.getId()));

        assertThat(graded.getStatus()).isEqualTo(AttemptStatus.GRADED);
        assertThat(graded.percent()).isEqualByComparingTo("100");
        assertThat(graded.getPassed()).isTrue();
        assertThat(f.tx(() -> enrolments.get(learner, COURSE).getStatus())).isEqualTo(EnrolmentStatus.COMPLETED);
    }

    @Test
    void penaltiesNeverTakeAQuestionBelowZero() {
        QuizAttempt attempt = start();
        answer(attempt, "ma", Json.createArrayBuilder().add(choiceId(attempt, "ma", "Ngày sinh")).build(), 1);
        answer(attempt, "mc", Json.createValue(choiceId(attempt, "mc", "Ca-Phe.Nui7May")), 1);

        QuizAttempt graded = f.tx(() -> attempts.submit(learner, attempt.getId()));

        assertThat(graded.getScore()).isEqualByComparingTo("1");
        assertThat(placed(f.tx(() -> attempts.get(learner, attempt.getId())), "ma").getFraction()).isEqualByComparingTo("0");
        assertThat(graded.getPassed()).isFalse();
    }

    @Test
    void repeatingASaveChangesNothingAndAnOlderResendNeverWins() {
        QuizAttempt attempt = start();
        answer(attempt, "sa", Json.createValue("VNeID"), 5);
        f.clock.advance(Duration.ofMinutes(1));
        answer(attempt, "sa", Json.createValue("VNeID"), 5);
        answer(attempt, "sa", Json.createValue("Zalo"), 3);

        AttemptQuestion saved = placed(f.tx(() -> attempts.get(learner, attempt.getId())), "sa");

        assertThat(saved.getResponse()).isEqualTo("\"VNeID\"");
        assertThat(saved.getSavedAt()).isEqualTo(f.clock.instant().minus(Duration.ofMinutes(1)));
    }

    @Test
    void afterTheDeadlineNoAnswerIsTakenAndTheAttemptIsGradedWithWhatWasSavedInTime() {
        QuizAttempt attempt = start();
        answer(attempt, "mc", Json.createValue(choiceId(attempt, "mc", "Ca-Phe.Nui7May")), 1);
        f.clock.advance(Duration.ofMinutes(30).plusSeconds(20));
        answer(attempt, "sa", Json.createValue("VNeID"), 1);
        f.clock.advance(Duration.ofSeconds(20));

        assertFails(Failure.CONFLICT, () -> answer(attempt, "num", Json.createValue("12"), 1));
        QuizAttempt graded = f.tx(() -> attempts.submit(learner, attempt.getId()));

        assertThat(graded.getScore()).as("the answer within the grace period counts, the late one not").isEqualByComparingTo("2");
        assertThat(graded.getSubmittedAt()).isEqualTo(attempt.getDeadline());
    }

    @Test
    void anAttemptLeftOpenPastItsDeadlineIsGradedWhenNextSeen() {
        QuizAttempt attempt = start();
        f.clock.advance(Duration.ofHours(2));

        assertThat(f.tx(() -> attempts.get(learner, attempt.getId())).getStatus()).isEqualTo(AttemptStatus.GRADED);
        assertThat(f.tx(() -> attempts.start(learner, quizId)).getNumber()).as("a new attempt, not the expired one").isEqualTo(2);
    }

    @Test
    void nobodyElseReadsOrChangesAnAttempt() {
        QuizAttempt attempt = start();
        Actor other = Accounts.toActor(f.learner("0911000111", "Đặng Văn Ưng", "CD-HS"));

        assertFails(Failure.NOT_FOUND, () -> f.tx(() -> attempts.get(other, attempt.getId())));
        assertFails(Failure.NOT_FOUND, () -> f.tx(() -> attempts.submit(other, attempt.getId())));
        assertFails(Failure.NOT_FOUND, () -> f.tx(() -> attempts.answer(other, attempt.getId(), questionId(attempt, "sa"),
                Json.createValue("x"), 1)));
    }

    @Test
    void anAnswerOfTheWrongShapeOrForAnotherQuestionIsRefused() {
        QuizAttempt attempt = start();

        assertFails(Failure.INVALID, () -> answer(attempt, "mc", Json.createValue(9), 1));
        assertFails(Failure.INVALID, () -> answer(attempt, "mc", Json.createValue("Ca-Phe"), 1));
        assertFails(Failure.NOT_FOUND, () -> f.tx(() -> attempts.answer(learner, attempt.getId(), 999_999L, Json.createValue(1), 1)));
    }

    @Test
    void startingNeedsAnEnrolmentAndAnAttemptLeft() {
        Actor stranger = Accounts.toActor(f.learner("0911000222", "Nguyễn Thị Hồng Nhung", "CD-HS"));
        assertFails(Failure.CONFLICT, () -> f.tx(() -> attempts.start(stranger, quizId)));

        importCourse(CourseFolder.valid(root, COURSE).write("quizzes/final.gift", QUIZ)
                .edit("course.yaml", "    timeLimitMinutes: 30", "    timeLimitMinutes: 30\n    attempts: 1"));
        QuizAttempt only = start();
        f.tx(() -> attempts.submit(learner, only.getId()));

        assertFails(Failure.CONFLICT, this::start);
    }

    @Test
    void twoSubmissionsAtOnceGradeTheAttemptOnce() throws Exception {
        QuizAttempt attempt = start();
        answerEverythingRight(attempt);
        int versionBefore = f.tx(() -> attempts.get(learner, attempt.getId()).getVersion());
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<BigDecimal> submit = () -> {
            together.await();
            return f.tx(() -> attempts.submit(learner, attempt.getId())).getScore();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<BigDecimal> one = threads.submit(submit);
            Future<BigDecimal> two = threads.submit(submit);

            assertThat(one.get()).isEqualByComparingTo("5").isEqualByComparingTo(two.get());
        } finally {
            threads.shutdownNow();
        }
        assertThat(f.tx(() -> attempts.mine(learner, quizId))).singleElement()
                .satisfies(a -> assertThat(a.getVersion()).as("written once").isEqualTo(versionBefore + 1));
    }

    @Test
    void theBankKeepsUnchangedQuestionsAndRetiresRemovedOnes() {
        long mcId = f.tx(() -> bank.active(f.entityManager().find(CourseQuiz.class, quizId)).get(0).getId());

        importCourse(CourseFolder.valid(root, COURSE).write("quizzes/final.gift", QUIZ.replace("{#12}", "{#12:1}")));

        List<Long> active = f.tx(() -> bank.active(f.entityManager().find(CourseQuiz.class, quizId)).stream()
                .map(q -> q.getId()).toList());
        assertThat(active).hasSize(5).contains(mcId);
    }
}
