package vn.hocso.quizzes.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every quiz shipped in courses/ imports without a problem and is a real quiz. */
class ShippedQuizzesTest {

    private static final PathMatcher QUIZ = FileSystems.getDefault().getPathMatcher("glob:courses/*/quizzes/*.gift");

        static List<Path> quizzes() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("courses"))) {
            return files.filter(QUIZ::matches).sorted().toList();
        }
    }

    @Test
    void everyShippedQuizParsesWithoutProblemsIntoTwentyQuestionsOfFourTypes() throws IOException {
        List<Path> quizzes = quizzes();

        assertThat(quizzes).hasSizeGreaterThanOrEqualTo(5);
        for (Path quiz : quizzes) {
            ParseResult result = GiftParser.parse(Files.readString(quiz));

            assertThat(result.problems()).as(quiz + " problems").isEmpty();
            assertThat(result.questions()).as(quiz + " questions").hasSizeGreaterThanOrEqualTo(20);
            assertThat(result.questions().stream().map(Question::type).distinct()).as(quiz + " types").hasSizeGreaterThanOrEqualTo(4);
        }
    }
}
