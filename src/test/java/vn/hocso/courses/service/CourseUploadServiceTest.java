package vn.hocso.courses.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.service.ServiceFixture;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.courses.content.Zips;
import vn.hocso.courses.model.Course;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.errors.FieldError;
import vn.hocso.quizzes.service.QuestionBankService;

class CourseUploadServiceTest {

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final CourseImportService imports = new CourseImportService(f.entityManager(), f.clock, f.audit(), new QuestionBankService(f.entityManager(), f.clock));
    private final CourseUploadService uploads = new CourseUploadService(imports);

    @TempDir
    Path root;

    @AfterEach
    void close() {
        f.close();
    }

    private Course upload(byte[] zip) {
        return f.tx(() -> uploads.upload(ServiceFixture.ADMIN, "khoa-hoc.zip", new ByteArrayInputStream(zip)));
    }

    @Test
    void anUploadedFolderBecomesACourseInTheCatalog() {
        byte[] zip = CourseFolder.valid(root, "an-toan").zip(true);

        upload(zip);

        assertThat(f.tx(() -> new CatalogService(f.entityManager()).find("an-toan")))
                .hasValueSatisfying(course -> assertThat(course.activeLessons()).hasSize(2));
        assertThat(f.tx(() -> f.audit().about("course:an-toan"))).singleElement()
                .satisfies(entry -> assertThat(entry.getAction()).isEqualTo("COURSE_UPLOAD"));
    }

    @Test
    void aBrokenCourseIsRejectedWholeWithFileAndLine() {
        byte[] zip = CourseFolder.valid(root, "an-toan")
                .edit("course.yaml", "category: cyber-safety", "category: cooking")
                .delete("quizzes/final.gift")
                .zip(true);

        assertThatThrownBy(() -> upload(zip)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.INVALID);
            assertThat(e.errors()).extracting(FieldError::field, FieldError::line, FieldError::messageKey).containsExactlyInAnyOrder(
                    tuple("an-toan/course.yaml", 7, "content.categoryUnknown"),
                    tuple("an-toan/quizzes/final.gift", 0, "content.fileMissing"));
        });
        assertThat(f.tx(() -> imports.find("an-toan"))).isEmpty();
    }

    @Test
    void anUnsafeArchiveIsRejectedBeforeAnythingIsRead() {
        byte[] zip = Zips.of(Map.of("../../etc/cron.d/x", new byte[] {1}));

        assertThatThrownBy(() -> upload(zip)).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("khoa-hoc.zip", "content.archiveUnsafePath")));
    }

    @Test
    void onlyAdministratorsUpload() {
        byte[] zip = CourseFolder.valid(root, "an-toan").zip(true);
        Actor organizer = f.organizer("bithu", "HD-NP");

        assertThatThrownBy(() -> f.tx(() -> uploads.upload(organizer, "a.zip", new ByteArrayInputStream(zip))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.failure()).isEqualTo(Failure.FORBIDDEN));
    }
}
