package vn.hocso.courses.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hocso.quizzes.core.DrawRule;
import vn.hocso.quizzes.core.GradingMethod;
import vn.hocso.quizzes.core.QuizSettings;
import vn.hocso.quizzes.core.ReviewAfter;

/**
 * The settings of one quiz entry in course.yaml; only passPercent and timeLimitMinutes are
 * required, everything else falls back to Moodle's defaults (see courses/README.md).
 */
final class QuizSettingsReader {

    private static final int MAX_MINUTES = 600;
    private static final int MAX_ATTEMPTS = 100;
    private static final int MAX_DRAW = 500;

    private QuizSettingsReader() {
    }

    /** The settings, or empty when any of them is wrong (each problem is reported on its line). */
    static Optional<QuizSettings> read(YamlMap quiz) {
        Integer pass = quiz.requiredInt("passPercent", 0, 100);
        Integer limit = quiz.requiredInt("timeLimitMinutes", 0, MAX_MINUTES);
        Integer attempts = quiz.optionalInt("attempts", 0, MAX_ATTEMPTS, 0);
        GradingMethod grading = quiz.optionalCode("grading", GradingMethod::fromCode, GradingMethod.HIGHEST,
                "highest, last, first, average");
        ReviewAfter review = quiz.optionalCode("review", ReviewAfter::fromCode, ReviewAfter.SUBMIT, "submit, close, never");
        Boolean shuffle = quiz.optionalCode("shuffleAnswers", QuizSettingsReader::bool, Boolean.TRUE, "true, false");
        List<DrawRule> draw = quiz.has("draw") ? draw(quiz) : List.of();
        boolean datesFine = true;
        var opens = quiz.optionalDateTime("opens");
        var closes = quiz.optionalDateTime("closes");
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            quiz.problem(quiz.line("closes"), "content.closesBeforeOpens");
            datesFine = false;
        }
        if (pass == null || limit == null || attempts == null || grading == null || review == null || shuffle == null
                || draw == null || !datesFine) {
            return Optional.empty();
        }
        return Optional.of(new QuizSettings(pass, limit, attempts, grading, shuffle, draw, review, opens, closes));
    }

    private static Optional<Boolean> bool(String text) {
        return switch (text) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** The draw rules, or null when one is wrong. */
    private static List<DrawRule> draw(YamlMap quiz) {
        List<DrawRule> rules = new ArrayList<>();
        boolean fine = true;
        for (YamlMap.Entry entry : quiz.list("draw")) {
            Optional<YamlMap> rule = quiz.mapping(entry);
            String category = rule.map(r -> r.requiredText("category")).orElse(null);
            Integer count = rule.map(r -> r.requiredInt("count", 1, MAX_DRAW)).orElse(null);
            if (rule.isEmpty()) {
                quiz.problem(entry.line(), "content.fieldWrongType", "draw");
            }
            if (category == null || count == null) {
                fine = false;
            } else {
                rules.add(new DrawRule(category, count));
            }
        }
        return fine ? rules : null;
    }
}
