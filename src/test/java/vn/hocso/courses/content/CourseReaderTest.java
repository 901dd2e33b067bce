package vn.hocso.courses.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.quizzes.core.DrawRule;
import vn.hocso.quizzes.core.GradingMethod;
import vn.hocso.quizzes.core.QuizSettings;
import vn.hocso.quizzes.core.ReviewAfter;

class CourseReaderTest {

    private static final String SLUG = "an-toan";

    @TempDir
    Path root;

    private CourseFolder course() {
        return CourseFolder.valid(root, SLUG);
    }

    private static ContentProblem onlyProblem(CourseReader.Result result) {
        assertThat(result.course()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    @Test
    void aValidFolderBecomesACourseWithItsLessonsInOrder() {
        CourseDefinition read = course().read().course().orElseThrow();

        assertThat(read.slug()).isEqualTo(SLUG);
        assertThat(read.title().in(Locale.ENGLISH)).isEqualTo("Staying safe online");
        assertThat(read.title().in(Locale.forLanguageTag("vi"))).isEqualTo("An toàn trên không gian mạng");
        assertThat(read.audience().in(Locale.ENGLISH)).as("falls back to Vietnamese").isEqualTo("Đoàn viên, thanh niên");
        assertThat(read.category()).isEqualTo(Category.CYBER_SAFETY);
        assertThat(read.competences()).containsExactlyInAnyOrder(Competence.SAFETY, Competence.INFORMATION_DATA);
        assertThat(read.hours()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(read.completionQuiz()).isEqualTo("final.gift");
        assertThat(read.quizzes()).singleElement().satisfies(quiz -> {
            assertThat(quiz.settings().passPercent()).isEqualTo(70);
            assertThat(quiz.settings().timeLimitMinutes()).isEqualTo(30);
            assertThat(quiz.gift()).contains("::Q1::");
        });
        assertThat(read.lessons()).extracting(CourseDefinition.LessonContent::slug).containsExactly("mat-khau-manh", "lua-dao");
        assertThat(read.lessons().get(0).minutes()).isEqualTo(15);
    }

    @Test
    void lessonsAreRenderedToHtmlOnceAtImport() {
        String html = course().read().course().orElseThrow().lessons().get(0).html();

        assertThat(html).contains("<h2>Vì sao cần mật khẩu mạnh</h2>", "<strong>dài</strong>", "<table>", "<td>Yếu</td>");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        ContentProblem problem = onlyProblem(course().edit("course.yaml", "hours: 2.5", "hours: [2.5").read());

        assertThat(problem.file()).isEqualTo(SLUG + "/course.yaml");
        assertThat(problem.messageKey()).isEqualTo("content.yamlInvalid");
        assertThat(problem.line()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void anUnknownCategoryIsReportedOnItsLine() {
        ContentProblem problem = onlyProblem(course().edit("course.yaml", "category: cyber-safety", "category: cooking").read());

        assertThat(problem).isEqualTo(ContentProblem.at(SLUG + "/course.yaml", 7, "content.categoryUnknown", "cooking"));
    }

    @Test
    void anUnknownCompetenceIsReportedOnItsOwnLine() {
        ContentProblem problem = onlyProblem(course().edit("course.yaml", "  - information-data", "  - juggling").read());

        assertThat(problem).isEqualTo(ContentProblem.at(SLUG + "/course.yaml", 10, "content.competenceUnknown", "juggling"));
    }

    @Test
    void aMissingTitleIsNamed() {
        ContentProblem problem = onlyProblem(course().edit("course.yaml", "title:\n  vi: An toàn trên không gian mạng\n  en: Staying safe online\n", "").read());

        assertThat(problem.messageKey()).isEqualTo("content.fieldMissing");
        assertThat(problem.arguments()).containsExactly("title");
    }

    @Test
    void aMissingQuizFileIsNamed() {
        ContentProblem problem = onlyProblem(course().delete("quizzes/final.gift").read());

        assertThat(problem).isEqualTo(ContentProblem.at(SLUG + "/quizzes/final.gift", 0, "content.fileMissing"));
    }

    @Test
    void aCompletionQuizMustBeOneOfTheQuizzes() {
        ContentProblem problem = onlyProblem(course().edit("course.yaml", "  quiz: final.gift", "  quiz: other.gift").read());

        assertThat(problem.messageKey()).isEqualTo("content.completionQuizUnknown");
        assertThat(problem.line()).isEqualTo(23);
    }

    @Test
    void aLessonWithoutFrontMatterIsRefused() {
        ContentProblem problem = onlyProblem(course().write("lessons/03-thieu.md", "## Chỉ có nội dung\n").read());

        assertThat(problem).isEqualTo(ContentProblem.at(SLUG + "/lessons/03-thieu.md", 1, "content.frontMatterMissing"));
    }

    @Test
    void aLessonFrontMatterProblemNamesTheLineInTheLessonFile() {
        ContentProblem problem = onlyProblem(course().edit("lessons/02-lua-dao.md", "minutes: 15", "minutes: lâu").read());

        assertThat(problem).isEqualTo(ContentProblem.at(SLUG + "/lessons/02-lua-dao.md", 5, "content.notANumber", "minutes", "lâu"));
    }

    @Test
    void rawHtmlInALessonIsRefusedWithItsLine() {
        ContentProblem problem = onlyProblem(course()
                .edit("lessons/01-mat-khau-manh.md", "Một mật khẩu", "<script>alert(1)</script>\n\nMột mật khẩu").read());

        assertThat(problem).isEqualTo(ContentProblem.at(SLUG + "/lessons/01-mat-khau-manh.md", 10, "content.rawHtml"));
    }

    @Test
    void inlineHtmlIsRefusedToo() {
        ContentProblem problem = onlyProblem(course()
                .edit("lessons/01-mat-khau-manh.md", "khó đoán", "<img src=x onerror=alert(1)> khó đoán").read());

        assertThat(problem.messageKey()).isEqualTo("content.rawHtml");
        assertThat(problem.line()).isEqualTo(10);
    }

    @Test
    void imagesMustBeFilesOfTheCourse() {
        CourseFolder withImages = course().edit("lessons/01-mat-khau-manh.md", "Một mật khẩu",
                "![ảnh ngoài](https://example.com/a.png)\n\n![ảnh thiếu](thieu.png)\n\nMột mật khẩu");

        assertThat(withImages.read().problems()).extracting(ContentProblem::messageKey, ContentProblem::line)
                .containsExactly(tuple("content.imageNotLocal", 10), tuple("content.imageMissing", 12));
    }

    @Test
    void aLocalImageIsServedFromTheCourseAndLoadsLazily() {
        CourseFolder withImage = course()
                .edit("lessons/01-mat-khau-manh.md", "Một mật khẩu", "![Màn hình cài đặt](cai-dat.png)\n\nMột mật khẩu")
                .writeBytes("lessons/cai-dat.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        CourseDefinition read = withImage.read().course().orElseThrow();

        assertThat(read.lessons().get(0).html())
                .contains("src=\"/course-files/" + SLUG + "/cai-dat.png\"", "alt=\"Màn hình cài đặt\"", "loading=\"lazy\"");
        assertThat(read.images()).singleElement().satisfies(image -> {
            assertThat(image.name()).isEqualTo("cai-dat.png");
            assertThat(image.contentType()).isEqualTo("image/png");
            assertThat(image.content()).hasSize(4);
        });
    }

    @Test
    void imagesMustBeSizedForPhonesAndPlainlyNamed() {
        CourseReader.Result result = course()
                .writeBytes("lessons/anh-may-anh.jpg", new byte[CourseImages.MAX_BYTES + 1])
                .writeBytes("lessons/ảnh 1.png", new byte[] {1})
                .writeBytes("lessons/ghi-chu.txt", new byte[] {1})
                .read();

        assertThat(result.problems()).extracting(ContentProblem::file, ContentProblem::messageKey).containsExactlyInAnyOrder(
                tuple(SLUG + "/lessons/anh-may-anh.jpg", "content.imageTooLarge"),
                tuple(SLUG + "/lessons/ảnh 1.png", "content.imageName"));
    }

    @Test
    void quizSettingsBeyondPassMarkAndTimeLimitAreRead() {
        CourseDefinition read = course().edit("course.yaml", "    timeLimitMinutes: 30", "    timeLimitMinutes: 30\n"
                + "    attempts: 3\n"
                + "    grading: last\n"
                + "    shuffleAnswers: false\n"
                + "    review: close\n"
                + "    opens: 2026-12-01 08:00\n"
                + "    closes: 2026-12-31 22:00\n"
                + "    draw:\n"
                + "      - category: an-toan/final\n"
                + "        count: 1").read().course().orElseThrow();

        QuizSettings settings = read.quizzes().get(0).settings();
        assertThat(settings.attemptsAllowed()).isEqualTo(3);
        assertThat(settings.grading()).isEqualTo(GradingMethod.LAST);
        assertThat(settings.shuffleAnswers()).isFalse();
        assertThat(settings.reviewAfter()).isEqualTo(ReviewAfter.CLOSE);
        assertThat(settings.opensAt()).isEqualTo(Instant.parse("2026-12-01T01:00:00Z"));
        assertThat(settings.draw()).containsExactly(new DrawRule("an-toan/final", 1));
    }

    @Test
    void wrongQuizSettingsAreNamedOnTheirLines() {
        CourseReader.Result result = course().edit("course.yaml", "    timeLimitMinutes: 30", "    timeLimitMinutes: 30\n"
                + "    grading: best\n"
                + "    opens: mai\n"
                + "    attempts: -1").read();

        assertThat(result.problems()).extracting(ContentProblem::messageKey, ContentProblem::line).containsExactlyInAnyOrder(
                tuple("content.choiceUnknown", 21), tuple("content.dateTimeInvalid", 22), tuple("content.numberOutOfRange", 23));
    }

    @Test
    void aBrokenQuestionIsNamedWithItsLineInTheQuizFile() {
        ContentProblem problem = onlyProblem(course().write("quizzes/final.gift", "::Q1:: Đúng hay sai {T}\n\n::Q2:: Câu hỏng {=a ~b\n").read());

        assertThat(problem.file()).isEqualTo(SLUG + "/quizzes/final.gift");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.messageKey()).startsWith("quiz.import.");
    }

    @Test
    void aDrawRuleCannotAskForMoreQuestionsThanTheCategoryHolds() {
        ContentProblem problem = onlyProblem(course().edit("course.yaml", "    timeLimitMinutes: 30", "    timeLimitMinutes: 30\n"
                + "    draw:\n"
                + "      - category: an-toan/final\n"
                + "        count: 5").read());

        assertThat(problem.messageKey()).isEqualTo("content.drawTooMany");
        assertThat(problem.arguments()).containsExactly(5, "an-toan/final", 1L);
    }

    @Test
    void lessonFilesMustBeNumberedAndUnique() {
        CourseReader.Result result = course()
                .write("lessons/bai-moi.md", CourseFolder.LESSON)
                .write("lessons/01-trung-so.md", CourseFolder.LESSON)
                .write("lessons/03-mat-khau-manh.md", CourseFolder.LESSON)
                .read();

        assertThat(result.problems()).extracting(ContentProblem::messageKey)
                .containsExactlyInAnyOrder("content.lessonFileName", "content.lessonNumberTaken", "content.lessonSlugTaken");
    }

    @Test
    void aMissingLessonsFolderIsNamed() {
        CourseFolder noLessons = course().delete("lessons/01-mat-khau-manh.md").delete("lessons/02-lua-dao.md").delete("lessons");

        assertThat(onlyProblem(noLessons.read())).isEqualTo(ContentProblem.at(SLUG + "/lessons", 0, "content.lessonsFolderMissing"));
    }

    @Test
    void aFolderNameThatIsNoSlugIsRefused() {
        CourseFolder badName = CourseFolder.valid(root, "An Toàn");

        assertThat(onlyProblem(badName.read()).messageKey()).isEqualTo("content.slugInvalid");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        CourseFolder latin1 = course().writeBytes("lessons/02-lua-dao.md", new byte[] {'-', '-', '-', '\n', (byte) 0xE0, '\n'});

        assertThat(onlyProblem(latin1.read())).isEqualTo(ContentProblem.at(SLUG + "/lessons/02-lua-dao.md", 0, "content.notUtf8"));
    }

    @Test
    void numbersOutOfRangeAreNamed() {
        ContentProblem problem = onlyProblem(course().edit("course.yaml", "passPercent: 70", "passPercent: 170").read());

        assertThat(problem.messageKey()).isEqualTo("content.numberOutOfRange");
        assertThat(problem.arguments()).containsExactly("passPercent", 0, 100);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        CourseReader.Result result = course()
                .edit("course.yaml", "category: cyber-safety", "category: cooking")
                .edit("course.yaml", "hours: 2.5", "hours: nhiều")
                .write("lessons/03-html.md", CourseFolder.LESSON.replace("Một mật khẩu", "<b>Một</b> mật khẩu"))
                .read();

        assertThat(result.problems()).extracting(ContentProblem::messageKey)
                .containsExactlyInAnyOrder("content.categoryUnknown", "content.notANumber", "content.rawHtml");
    }

    @Test
    void theCatalogReadsTheGoodCoursesAndListsTheBrokenOne() {
        CourseFolder.valid(root, "khoa-tot");
        CourseFolder.valid(root, "khoa-hong").edit("course.yaml", "category: cyber-safety", "category: cooking");

        CourseCatalogReader.Catalog catalog = CourseCatalogReader.read(root);

        assertThat(catalog.courses()).extracting(CourseDefinition::slug).containsExactly("khoa-tot");
        assertThat(catalog.rejected()).containsOnlyKeys("khoa-hong");
    }
}
