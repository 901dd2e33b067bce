package vn.hocso.quizzes.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.hocso.quizzes.grading.Grade;

/**
 * An attempt's total: one mark per question, the fractions earned added up. While an
 * essay waits for a trainer the attempt has no pass or fail yet.
 */
public record AttemptScore(BigDecimal score, BigDecimal maxScore, BigDecimal percent, boolean pending) {

    /** From each question's fraction, null for an essay still waiting for its grade. */
    public static AttemptScore ofFractions(List<BigDecimal> fractions) {
        return of(fractions.stream().map(f -> f == null ? (Grade) new Grade.NeedsManualGrading() : new Grade.Scored(f)).toList());
    }

    public static AttemptScore of(List<Grade> grades) {
        BigDecimal score = grades.stream().filter(Grade.Scored.class::isInstance).map(g -> ((Grade.Scored) g).fraction())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal max = BigDecimal.valueOf(grades.size());
        boolean pending = grades.stream().anyMatch(Grade.NeedsManualGrading.class::isInstance);
        return new AttemptScore(score.setScale(4, RoundingMode.HALF_UP), max.setScale(4, RoundingMode.HALF_UP),
                percent(score, max), pending);
    }

    /** Score as a percentage of the maximum, two decimals; 0 for a maximum of 0. */
    public static BigDecimal percent(BigDecimal score, BigDecimal max) {
        return max.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : score.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    }

    public boolean passes(int passPercent) {
        return !pending && percent.compareTo(BigDecimal.valueOf(passPercent)) >= 0;
    }
}
