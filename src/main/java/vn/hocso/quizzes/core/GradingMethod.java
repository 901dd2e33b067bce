package vn.hocso.quizzes.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which of a learner's submitted attempts gives the quiz grade, as Moodle offers. */
public enum GradingMethod {
    HIGHEST, LAST, FIRST, AVERAGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GradingMethod> fromCode(String code) {
        for (GradingMethod method : values()) {
            if (method.code().equals(code)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    /** The grade in percent from the attempts' percents in the order they were submitted; empty without any. */
    public Optional<BigDecimal> grade(List<BigDecimal> percentsInOrder) {
        if (percentsInOrder.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case HIGHEST -> percentsInOrder.stream().max(Comparator.naturalOrder()).orElseThrow();
            case LAST -> percentsInOrder.get(percentsInOrder.size() - 1);
            case FIRST -> percentsInOrder.get(0);
            case AVERAGE -> percentsInOrder.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(percentsInOrder.size()), 2, RoundingMode.HALF_UP);
        });
    }
}
