package vn.hocso.courses.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocso.quizzes.gift.GiftText;

/**
 * The courses shipped in the repository's courses/ folder import cleanly and meet the
 * minimums: the five themes of Program 273, at least five lessons each, and a final quiz
 * of at least twenty questions of at least four kinds. (Question kinds are told apart
 * roughly here; the quiz engine's GIFT parser will check them fully.)
 */
class ShippedCoursesTest {

    private static final Path COURSES = Path.of("courses");

    private enum Kind { MULTIPLE_CHOICE, MULTIPLE_ANSWER, TRUE_FALSE, SHORT_ANSWER, MATCHING, NUMERICAL, ESSAY }

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
            List<Kind> kinds = questionKinds(finalQuiz.gift());
            assertThat(kinds).as(course.slug() + " questions").hasSizeGreaterThanOrEqualTo(20);
            assertThat(EnumSet.copyOf(kinds)).as(course.slug() + " question kinds").hasSizeGreaterThanOrEqualTo(4);
        }
    }

    private static List<Kind> questionKinds(String gift) {
        return GiftText.answerParts(gift).stream().map(ShippedCoursesTest::kindOf).toList();
    }

    private static Kind kindOf(String answers) {
        String first = answers.split("#", 2)[0].strip();
        if (answers.isEmpty()) {
            return Kind.ESSAY;
        }
        if (answers.startsWith("#")) {
            return Kind.NUMERICAL;
        }
        if (Set.of("T", "F", "TRUE", "FALSE").contains(first)) {
            return Kind.TRUE_FALSE;
        }
        if (answers.contains("->")) {
            return Kind.MATCHING;
        }
        if (answers.contains("~%")) {
            return Kind.MULTIPLE_ANSWER;
        }
        return answers.contains("~") ? Kind.MULTIPLE_CHOICE : Kind.SHORT_ANSWER;
    }
}
