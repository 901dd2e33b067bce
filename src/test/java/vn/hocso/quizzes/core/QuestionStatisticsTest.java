package vn.hocso.quizzes.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionStatisticsTest {

    private static Map<Long, BigDecimal> attempt(double q1, double q2, double q3) {
        return Map.of(1L, BigDecimal.valueOf(q1), 2L, BigDecimal.valueOf(q2), 3L, BigDecimal.valueOf(q3));
    }

    @Test
    void facilityIsTheAverageMarkAndWrongShareCountsZeroes() {
        List<QuestionStatistics.QuestionStat> stats = QuestionStatistics.of(List.of(
                attempt(1, 0, 1), attempt(1, 0, 0), attempt(0, 0.5, 1), attempt(1, 0, 1)));

        QuestionStatistics.QuestionStat first = stats.stream().filter(s -> s.questionId() == 1).findFirst().orElseThrow();
        QuestionStatistics.QuestionStat second = stats.stream().filter(s -> s.questionId() == 2).findFirst().orElseThrow();
        assertThat(first.facility()).isEqualByComparingTo("75.0");
        assertThat(first.answered()).isEqualTo(4);
        assertThat(second.facility()).isEqualByComparingTo("12.5");
        assertThat(second.wrongShare()).isEqualByComparingTo("75.0");
    }

    @Test
    void aQuestionStrongLearnersGetRightAndWeakOnesWrongDiscriminatesPositively() {
        List<QuestionStatistics.QuestionStat> stats = QuestionStatistics.of(List.of(
                attempt(1, 1, 1), attempt(1, 1, 0), attempt(0, 0, 1), attempt(0, 0, 0)));

        QuestionStatistics.QuestionStat telling = stats.stream().filter(s -> s.questionId() == 1).findFirst().orElseThrow();
        assertThat(telling.discrimination()).isPositive();
    }

    @Test
    void aQuestionEverybodyGetsRightCannotDiscriminate() {
        List<QuestionStatistics.QuestionStat> stats = QuestionStatistics.of(List.of(attempt(1, 1, 0), attempt(1, 0, 1)));

        assertThat(stats.stream().filter(s -> s.questionId() == 1).findFirst().orElseThrow().discrimination()).isNull();
        assertThat(QuestionStatistics.of(List.of(attempt(1, 0, 1))).get(1).discrimination()).as("one attempt").isNull();
    }

    @Test
    void theHardestComeFirst() {
        List<QuestionStatistics.QuestionStat> stats = QuestionStatistics.of(List.of(attempt(1, 0, 0.5), attempt(1, 0, 1)));

        assertThat(QuestionStatistics.hardest(stats, 2)).extracting(QuestionStatistics.QuestionStat::questionId)
                .containsExactly(2L, 3L);
    }
}
