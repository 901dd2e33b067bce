package vn.hocso.courses.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseImagesTest {

    @TempDir
    Path root;

    @BeforeEach
    void aCourseWithAnImageAndOtherFiles() throws IOException {
        Files.createDirectories(root.resolve("an-toan/lessons"));
        Files.write(root.resolve("an-toan/lessons/cai-dat.png"), new byte[] {1, 2, 3});
        Files.writeString(root.resolve("an-toan/lessons/01-bai.md"), "# bài");
        Files.writeString(root.resolve("an-toan/course.yaml"), "title: x");
    }

    @Test
    void anImageOfALessonIsFoundWithItsType() {
        assertThat(CourseImages.find(root, "an-toan", "cai-dat.png"))
                .hasValueSatisfying(image -> assertThat(image.contentType()).isEqualTo("image/png"));
    }

    @Test
    void nothingButImagesOfLessonsIsServed() {
        assertThat(CourseImages.find(root, "an-toan", "01-bai.md")).isEmpty();
        assertThat(CourseImages.find(root, "an-toan", "..")).isEmpty();
        assertThat(CourseImages.find(root, "..", "course.yaml")).isEmpty();
        assertThat(CourseImages.find(root, "an-toan", "thieu.png")).isEmpty();
        assertThat(CourseImages.find(root, "An Toan", "cai-dat.png")).isEmpty();
        assertThat(CourseImages.find(root, "an-toan", null)).isEmpty();
    }
}
