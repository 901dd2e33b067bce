package vn.hocso.courses.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.service.ServiceFixture;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.model.CourseSource;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.courses.model.Lesson;
import vn.hocso.platform.audit.AuditEntry;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.quizzes.service.QuestionBankService;

class CourseImportServiceTest {

    private static final String SLUG = "an-toan";

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final CourseImportService imports = new CourseImportService(f.entityManager(), f.clock, f.audit(), new QuestionBankService(f.entityManager(), f.clock));

    @TempDir
    Path root;

    @AfterEach
    void close() {
        f.close();
    }

    private CourseImportReport importAll() {
        return f.tx(() -> imports.importFolder(root));
    }

    private Course course() {
        return imports.find(SLUG).orElseThrow();
    }

    @Test
    void importingTwiceChangesNothing() {
        CourseFolder.valid(root, SLUG);
        importAll();
        long lessonId = f.tx(() -> course().findLesson("mat-khau-manh").orElseThrow().getId());

        importAll();

        assertThat(f.tx(() -> imports.all(ServiceFixture.ADMIN))).hasSize(1);
        assertThat(f.tx(() -> course().findLesson("mat-khau-manh").orElseThrow().getId())).isEqualTo(lessonId);
        assertThat(f.tx(() -> course().activeLessons())).hasSize(2);
    }

    @Test
    void progressSurvivesAChangedCourseAndARemovedLessonIsRetired() {
        CourseFolder folder = CourseFolder.valid(root, SLUG);
        importAll();
        Account learner = f.learner("0911222333", "Lò Thị Hoa", "CD-HS");
        long enrolmentId = f.tx(() -> {
            Enrolment enrolment = new Enrolment(f.entityManager().find(Account.class, learner.getId()), course(), f.clock.instant());
            f.entityManager().persist(enrolment);
            course().activeLessons().forEach(lesson -> enrolment.markDone(lesson, f.clock.instant()));
            return enrolment.getId();
        });

        folder.edit("lessons/01-mat-khau-manh.md", "Một mật khẩu", "Cụm mật khẩu")
                .delete("lessons/02-lua-dao.md")
                .write("lessons/03-mang-xa-hoi.md", CourseFolder.LESSON.replace("Mật khẩu mạnh", "Mạng xã hội"));
        importAll();

        f.tx(() -> {
            Course course = course();
            Enrolment enrolment = f.entityManager().find(Enrolment.class, enrolmentId);
            Lesson kept = course.findLesson("mat-khau-manh").orElseThrow();
            Lesson retired = course.findLesson("lua-dao").orElseThrow();
            assertThat(kept.getHtml()).contains("Cụm mật khẩu");
            assertThat(enrolment.isDone(kept)).as("progress on a changed lesson is kept").isTrue();
            assertThat(retired.isActive()).as("a removed lesson is retired, not deleted").isFalse();
            assertThat(enrolment.isDone(retired)).isTrue();
            assertThat(course.activeLessons()).extracting(Lesson::getSlug).containsExactly("mat-khau-manh", "mang-xa-hoi");
            assertThat(enrolment.progressPercent()).as("one of the two lessons it has now").isEqualTo(50);
        });
    }

    @Test
    void aBrokenCourseChangesNothingAndTheOthersStillImport() {
        CourseFolder folder = CourseFolder.valid(root, SLUG);
        importAll();
        CourseFolder.valid(root, "khoa-moi");
        folder.edit("course.yaml", "category: cyber-safety", "category: cooking")
                .edit("lessons/01-mat-khau-manh.md", "Một mật khẩu", "Đã sửa");

        CourseImportReport catalog = importAll();

        assertThat(catalog.rejected()).containsOnlyKeys(SLUG);
        assertThat(f.tx(() -> imports.all(ServiceFixture.ADMIN))).extracting(Course::getSlug).containsExactly(SLUG, "khoa-moi");
        assertThat(f.tx(() -> course().findLesson("mat-khau-manh").orElseThrow().getHtml())).contains("Một mật khẩu");
    }

    @Test
    void imagesAreStoredWithTheCourseAndFollowTheFolder() {
        CourseFolder folder = CourseFolder.valid(root, SLUG)
                .edit("lessons/01-mat-khau-manh.md", "Một mật khẩu", "![Cài đặt](cai-dat.png)\n\nMột mật khẩu")
                .writeBytes("lessons/cai-dat.png", new byte[] {1, 2, 3})
                .writeBytes("lessons/thua.png", new byte[] {4});
        importAll();
        CatalogService catalog = new CatalogService(f.entityManager());
        assertThat(f.tx(() -> catalog.findImage(SLUG, "cai-dat.png").orElseThrow().content())).containsExactly(1, 2, 3);

        folder.writeBytes("lessons/cai-dat.png", new byte[] {9}).delete("lessons/thua.png");
        importAll();

        assertThat(f.tx(() -> catalog.findImage(SLUG, "cai-dat.png").orElseThrow().content())).containsExactly(9);
        assertThat(f.tx(() -> catalog.findImage(SLUG, "thua.png"))).isEmpty();
        assertThat(f.tx(() -> catalog.findImage(SLUG, "../course.yaml"))).isEmpty();
    }

    @Test
    void aRetiredCourseLeavesTheCatalogAndStaysRetiredAfterTheNextImport() {
        CourseFolder.valid(root, SLUG);
        importAll();
        CatalogService catalog = new CatalogService(f.entityManager());

        f.tx(() -> imports.retire(ServiceFixture.ADMIN, SLUG));
        importAll();

        assertThat(f.tx(() -> catalog.find(SLUG))).isEmpty();
        f.tx(() -> imports.restore(ServiceFixture.ADMIN, SLUG));
        assertThat(f.tx(() -> catalog.find(SLUG))).isPresent();
        assertThat(f.tx(() -> f.audit().about("course:" + SLUG))).extracting(AuditEntry::getAction)
                .containsExactly("COURSE_RETIRE", "COURSE_RESTORE");
    }

    @Test
    void onlyAdministratorsManageCourses() {
        CourseFolder.valid(root, SLUG);
        importAll();
        Actor organizer = f.organizer("bithu", "HD-NP");

        assertThatThrownBy(() -> f.tx(() -> imports.retire(organizer, SLUG)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.failure()).isEqualTo(Failure.FORBIDDEN));
        assertThatThrownBy(() -> imports.all(organizer)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> f.tx(() -> imports.importFolder(organizer, root))).isInstanceOf(DomainException.class);
    }

    @Test
    void anUploadedCourseIsKeptWhenTheFolderIsImportedAgain() {
        CourseFolder folder = CourseFolder.valid(root, SLUG);
        importAll();
        CourseUploadService uploads = new CourseUploadService(imports);
        folder.edit("lessons/01-mat-khau-manh.md", "Một mật khẩu", "Bản tải lên");
        f.tx(() -> uploads.upload(ServiceFixture.ADMIN, "an-toan.zip", new ByteArrayInputStream(folder.zip(true))));
        folder.edit("lessons/01-mat-khau-manh.md", "Bản tải lên", "Bản trong thư mục");

        CourseImportReport report = importAll();

        assertThat(report.keptUploads()).containsExactly(SLUG);
        assertThat(f.tx(() -> course().findLesson("mat-khau-manh").orElseThrow().getHtml())).contains("Bản tải lên");
        assertThat(f.tx(() -> course().getSource())).isEqualTo(CourseSource.UPLOAD);
        assertThat(f.tx(() -> course().getImportedBy())).isEqualTo("admin");
    }
}
