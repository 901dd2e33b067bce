package vn.hocso.courses.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.hocso.courses.content.Competence;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.model.CourseQuiz;
import vn.hocso.courses.model.Lesson;

/** The JSON shapes of the course catalog. */
public final class CourseDtos {

    private CourseDtos() {
    }

    public record CourseSummary(String slug, String title, String category, List<String> competences,
                                int lessonCount, BigDecimal hours) {
        static CourseSummary of(Course course, Locale locale) {
            return new CourseSummary(course.getSlug(), course.title().in(locale), course.getCategory().code(),
                    course.competenceSet().stream().map(Competence::code).toList(),
                    course.activeLessons().size(), course.getHours());
        }
    }

    public record LessonSummary(String slug, String title, int minutes) {
        static LessonSummary of(Lesson lesson, Locale locale) {
            return new LessonSummary(lesson.getSlug(), lesson.title().in(locale), lesson.getMinutes());
        }
    }

    /** A quiz of the course; {@code id} is what /api/quizzes/{id} takes, {@code file} its GIFT file. */
    public record QuizSummary(long id, String file, String title, int questionCount, int passPercent, int timeLimitMinutes) {
        static QuizSummary of(CourseQuiz quiz, Locale locale) {
            return new QuizSummary(quiz.getId(), quiz.getFile(), quiz.title().in(locale),
                    quiz.questionCount(), quiz.getPassPercent(), quiz.getTimeLimitMinutes());
        }
    }

    public record CourseDetail(String slug, String title, String summary, String audience, String category,
                               List<String> competences, int lessonCount, BigDecimal hours,
                               List<LessonSummary> lessons, List<QuizSummary> quizzes) {
        static CourseDetail of(Course course, Locale locale) {
            CourseSummary summary = CourseSummary.of(course, locale);
            return new CourseDetail(summary.slug(), summary.title(), course.summary().in(locale),
                    course.audience().in(locale), summary.category(), summary.competences(), summary.lessonCount(),
                    summary.hours(),
                    course.activeLessons().stream().map(l -> LessonSummary.of(l, locale)).toList(),
                    course.activeQuizzes().stream().map(q -> QuizSummary.of(q, locale)).toList());
        }
    }
}
