package vn.hocso.quizzes.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moodle's item analysis for a quiz's questions over graded attempts: the facility index
 * (the average mark, in percent: how easy) and the discrimination index (how well the
 * question tells strong learners from weak ones: the correlation, in percent, between the
 * mark on it and the mark on the rest of the attempt).
 */
public final class QuestionStatistics {

    private QuestionStatistics() {
    }

    /**
     * One question's figures. Discrimination is null when it cannot be told (fewer than two
     * attempts, or everybody scored the same on it or on the rest).
     */
    public record QuestionStat(long questionId, int answered, BigDecimal facility, BigDecimal discrimination,
                               BigDecimal wrongShare) {
    }

    /** @param attempts per graded attempt, each question's fraction (an essay not yet graded left out) */
    public static List<QuestionStat> of(List<Map<Long, BigDecimal>> attempts) {
        Set<Long> questions = new LinkedHashSet<>();
        attempts.forEach(attempt -> questions.addAll(attempt.keySet()));
        List<QuestionStat> stats = new ArrayList<>();
        for (long question : questions) {
            List<double[]> pairs = new ArrayList<>();
            for (Map<Long, BigDecimal> attempt : attempts) {
                BigDecimal mark = attempt.get(question);
                if (mark != null) {
                    double total = attempt.values().stream().mapToDouble(BigDecimal::doubleValue).sum();
                    pairs.add(new double[] {mark.doubleValue(), total - mark.doubleValue()});
                }
            }
            stats.add(stat(question, pairs));
        }
        return stats;
    }

    /** The questions answered worst first (lowest facility), at most {@code limit}. */
    public static List<QuestionStat> hardest(List<QuestionStat> stats, int limit) {
        return stats.stream().sorted(Comparator.comparing(QuestionStat::facility)).limit(limit).toList();
    }

    private static QuestionStat stat(long question, List<double[]> pairs) {
        int n = pairs.size();
        double meanMark = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double wrong = pairs.stream().filter(p -> p[0] == 0).count();
        return new QuestionStat(question, n, percent(meanMark), n < 2 ? null : correlation(pairs),
                percent(n == 0 ? 0 : wrong / n));
    }

    private static BigDecimal correlation(List<double[]> pairs) {
        double meanX = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double meanY = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (double[] p : pairs) {
            covariance += (p[0] - meanX) * (p[1] - meanY);
            varianceX += (p[0] - meanX) * (p[0] - meanX);
            varianceY += (p[1] - meanY) * (p[1] - meanY);
        }
        if (varianceX == 0 || varianceY == 0) {
            return null;
        }
        return percent(covariance / Math.sqrt(varianceX * varianceY));
    }

    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
