package vn.hocso.quizzes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContestRankingTest {

    private static final Instant START = Instant.parse("2026-12-05T01:00:00Z");

    private static ContestRanking.Result result(String name, String score, int seconds) {
        return new ContestRanking.Result(name, "Đoàn xã Phước Hậu", "X-PH", score == null ? null : new BigDecimal(score),
                BigDecimal.TEN, START, score == null ? null : START.plusSeconds(seconds));
    }

    @Test
    void higherScoreFirstThenShorterTimeAndEqualsShareARank() {
        List<ContestRanking.Row> rows = ContestRanking.rank(List.of(
                result("Chậm", "9", 600), result("Nhanh", "9", 300), result("Cao nhất", "10", 900),
                result("Bằng nhanh", "9", 300), result("Chưa nộp", null, 0)));

        assertThat(rows).extracting(ContestRanking.Row::rank, ContestRanking.Row::name).containsExactly(
                tuple(1, "Cao nhất"), tuple(2, "Bằng nhanh"), tuple(2, "Nhanh"), tuple(4, "Chậm"), tuple(null, "Chưa nộp"));
        assertThat(rows.get(1).secondsTaken()).isEqualTo(300L);
    }
}
