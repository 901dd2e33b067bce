package vn.hocso.courses.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.service.ServiceFixture;
import vn.hocso.courses.content.CourseCatalogReader;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.courses.model.Lesson;

class CourseImportServiceTest {

    private static final String SLUG = "an-toan";

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final CourseImportService imports = new CourseImportService(f.entityManager(), f.clock);

    @TempDir
    Path root;

    @AfterEach
    void close() {
        f.close();
    }

    private CourseCatalogReader.Catalog importAll() {
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

        assertThat(f.tx(() -> imports.all())).hasSize(1);
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

        CourseCatalogReader.Catalog catalog = importAll();

        assertThat(catalog.rejected()).containsOnlyKeys(SLUG);
        assertThat(f.tx(() -> imports.all())).extracting(Course::getSlug).containsExactly(SLUG, "khoa-moi");
        assertThat(f.tx(() -> course().findLesson("mat-khau-manh").orElseThrow().getHtml())).contains("Một mật khẩu");
    }
}
