package vn.hocso.courses.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.accounts.service.ServiceFixture;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.courses.model.EnrolmentStatus;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.quizzes.service.QuestionBankService;

class EnrolmentServiceTest {

    private static final String QUIZZED = "co-kiem-tra";
    private static final String READING = "chi-doc";

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final CatalogService catalog = new CatalogService(f.entityManager());
    private final EnrolmentService enrolments = new EnrolmentService(f.entityManager(), f.clock, f.accounts(), catalog, f.completions());
    private Actor learner;

    @TempDir
    Path root;

    @BeforeEach
    void coursesAndALearner() {
        CourseFolder.valid(root, QUIZZED);
        CourseFolder.valid(root, READING).edit("course.yaml", "  quiz: final.gift\n", "");
        f.tx(() -> new CourseImportService(f.entityManager(), f.clock, f.audit(), new QuestionBankService(f.entityManager(), f.clock)).importFolder(root));
        learner = Accounts.toActor(f.learner("0911222333", "Lò Thị Hoa", "CD-HS"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static void assertFails(Failure failure, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.failure()).isEqualTo(failure));
    }

    @Test
    void enrollingTwiceIsAConflict() {
        f.tx(() -> enrolments.enrol(learner, QUIZZED));

        assertFails(Failure.CONFLICT, () -> f.tx(() -> enrolments.enrol(learner, QUIZZED)));
        assertThat(f.tx(() -> enrolments.mine(learner))).hasSize(1);
    }

    @Test
    void lessonsNeedAnEnrolmentAndALogin() {
        assertFails(Failure.NOT_FOUND, () -> f.tx(() -> enrolments.open(learner, QUIZZED, "mat-khau-manh")));
        assertFails(Failure.UNAUTHENTICATED, () -> f.tx(() -> enrolments.enrol(Actor.ANONYMOUS, QUIZZED)));
    }

    @Test
    void markingLessonsDoneRaisesProgressOnceEach() {
        f.tx(() -> enrolments.enrol(learner, QUIZZED));

        f.tx(() -> enrolments.markDone(learner, QUIZZED, "mat-khau-manh"));
        int afterTwice = f.tx(() -> enrolments.markDone(learner, QUIZZED, "mat-khau-manh").progressPercent());

        assertThat(afterTwice).isEqualTo(50);
        assertThat(f.tx(() -> enrolments.get(learner, QUIZZED).getLastLesson().getSlug())).isEqualTo("mat-khau-manh");
    }

    @Test
    void aCourseWithAFinalQuizWaitsForItWhileAReadingCourseCompletesWithItsLastLesson() {
        f.tx(() -> enrolments.enrol(learner, QUIZZED));
        f.tx(() -> enrolments.enrol(learner, READING));
        for (String course : new String[] {QUIZZED, READING}) {
            f.tx(() -> enrolments.markDone(learner, course, "mat-khau-manh"));
            f.tx(() -> enrolments.markDone(learner, course, "lua-dao"));
        }

        assertThat(f.tx(() -> enrolments.get(learner, QUIZZED).getStatus())).isEqualTo(EnrolmentStatus.IN_PROGRESS);
        assertThat(f.tx(() -> enrolments.get(learner, READING).getStatus())).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(f.tx(() -> enrolments.get(learner, READING).getCompletedAt())).isNotNull();
    }

    @Test
    void openingALessonRemembersWhereTheLearnerIs() {
        f.tx(() -> enrolments.enrol(learner, QUIZZED));

        f.tx(() -> enrolments.open(learner, QUIZZED, "lua-dao"));

        assertThat(f.tx(() -> enrolments.get(learner, QUIZZED).getLastLesson().getSlug())).isEqualTo("lua-dao");
        assertFails(Failure.NOT_FOUND, () -> f.tx(() -> enrolments.open(learner, QUIZZED, "khong-co")));
    }
}
