package vn.hocso.courses.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.hocso.quizzes.core.QuizSettings;
import vn.hocso.quizzes.gift.Question;

/** A course as its folder describes it, checked and with its lessons rendered. */
public record CourseDefinition(String slug, LocalizedText title, LocalizedText summary, Category category,
                               Set<Competence> competences, BigDecimal hours, LocalizedText audience,
                               List<QuizDefinition> quizzes, String completionQuiz,
                               LocalizedText certificateWording, List<LessonContent> lessons, List<ImageFile> images) {

    public CourseDefinition {
        competences = Set.copyOf(competences);
        quizzes = List.copyOf(quizzes);
        lessons = List.copyOf(lessons);
        images = List.copyOf(images);
    }

    /** A quiz of the course: its GIFT file (in quizzes/), the questions read from it, and settings. */
    public record QuizDefinition(String file, LocalizedText title, QuizSettings settings, String gift,
                                 List<Question> questions) {

        public QuizDefinition {
            questions = List.copyOf(questions);
        }
    }

    /** A lesson: its place, title, reading time, and the HTML rendered once at import. */
    public record LessonContent(String slug, int position, LocalizedText title, int minutes, String html) {
    }

    /** An image next to the lessons, shown at /course-files/{slug}/{name}. */
    public record ImageFile(String name, String contentType, byte[] content) {
    }
}
