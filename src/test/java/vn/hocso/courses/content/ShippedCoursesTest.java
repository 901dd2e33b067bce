package vn.hocso.courses.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.hocso.quizzes.gift.Question;

/**
 * The courses shipped in the repository's courses/ folder import cleanly and meet the
 * minimums: the five themes of Program 273, at least five lessons each, and a final quiz
 * of at least twenty questions of at least four types, read by the GIFT parser.
 */
class ShippedCoursesTest {

    private static final Path COURSES = Path.of("courses");

    @Test
    void everyShippedCourseImportsCleanly() {
        CourseCatalogReader.Catalog catalog = CourseCatalogReader.read(COURSES);

        assertThat(catalog.rejected()).as("problems of rejected courses").isEmpty();
        assertThat(catalog.courses()).extracting(CourseDefinition::slug).contains(
                "an-toan-khong-gian-mang", "kinh-doanh-truc-tuyen-ocop", "dich-vu-cong-truc-tuyen",
                "stem-tu-duy-may-tinh", "ky-nang-so-co-ban");
        assertThat(catalog.courses()).extracting(CourseDefinition::category).contains(Category.values());
    }

    @Test
    void everyShippedCourseHasFiveLessonsAndARealFinalQuiz() {
        for (CourseDefinition course : CourseCatalogReader.read(COURSES).courses()) {
            assertThat(course.lessons()).as(course.slug() + " lessons").hasSizeGreaterThanOrEqualTo(5);
            assertThat(course.title().en()).as(course.slug() + " English title").isNotBlank();
            CourseDefinition.QuizDefinition finalQuiz = course.quizzes().stream()
                    .filter(q -> q.file().equals(course.completionQuiz())).findFirst().orElseThrow();
            assertThat(finalQuiz.questions()).as(course.slug() + " questions").hasSizeGreaterThanOrEqualTo(20);
            assertThat(finalQuiz.questions().stream().map(Question::type).distinct())
                    .as(course.slug() + " question types").hasSizeGreaterThanOrEqualTo(4);
        }
    }
}
