package vn.hocso.quizzes.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A contest's ranking: the higher score first, and between equal scores the shorter time
 * taken; equal in both, equal rank. Contestants who have not submitted come last, unranked.
 */
public final class ContestRanking {

    private ContestRanking() {
    }

    /** A contestant's outcome; score null while their attempt is open. */
    public record Result(String name, String unitName, String unitCode, BigDecimal score, BigDecimal maxScore,
                         Instant startedAt, Instant submittedAt) {

        Duration taken() {
            return submittedAt == null ? null : Duration.between(startedAt, submittedAt);
        }
    }

    /** A line of the ranking; rank null for those who have not submitted. */
    public record Row(Integer rank, String name, String unitName, String unitCode, BigDecimal score, BigDecimal maxScore,
                      Long secondsTaken) {
    }

    public static List<Row> rank(List<Result> results) {
        Comparator<Result> order = Comparator.comparing(Result::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Result::taken, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Result::name);
        List<Result> sorted = results.stream().sorted(order).toList();
        List<Row> rows = new ArrayList<>();
        Result previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Result result = sorted.get(i);
            boolean tied = previous != null && result.score() != null && previous.score() != null
                    && result.score().compareTo(previous.score()) == 0 && result.taken().equals(previous.taken());
            rank = tied ? rank : i + 1;
            rows.add(new Row(result.score() == null ? null : rank, result.name(), result.unitName(), result.unitCode(),
                    result.score(), result.maxScore(), result.taken() == null ? null : result.taken().toSeconds()));
            previous = result;
        }
        return rows;
    }
}
