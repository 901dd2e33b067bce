package vn.hocso.quizzes.gift;

import java.util.Comparator;
import java.util.List;

/**
 * The questions of a file, or every problem found in it: an import with any problem imports
 * nothing, so the two are never both present.
 */
public record ParseResult(List<Question> questions, List<QuestionProblem> problems) {

    public ParseResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
        if (!questions.isEmpty() && !problems.isEmpty() || questions.isEmpty() && problems.isEmpty()) {
            throw new IllegalArgumentException("either questions or problems");
        }
    }

    /** The questions read, unless there were problems (sorted by line), or no question at all. */
    static ParseResult of(List<Question> questions, List<QuestionProblem> problems) {
        if (!problems.isEmpty()) {
            return new ParseResult(List.of(), problems.stream().sorted(Comparator.comparingInt(QuestionProblem::line)).toList());
        }
        if (questions.isEmpty()) {
            return new ParseResult(List.of(), List.of(QuestionProblem.of(1, ImportMessage.NO_QUESTIONS)));
        }
        return new ParseResult(questions, List.of());
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
