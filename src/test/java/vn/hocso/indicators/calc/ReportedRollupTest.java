package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocso.indicators.calc.DistrictFixture.district;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.UnitTree;

class ReportedRollupTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 14);
    private static final UnitTree.Snapshot TREE = district().on(DAY);

    private static BigDecimal number(long value) {
        return BigDecimal.valueOf(value);
    }

    @Test
    void aSumAddsUpWhatEveryUnitOfTheSubtreeEntered() {
        Map<String, BigDecimal> entered = Map.of("HUYEN", number(1), "XA_A", number(2), "AP1", number(3), "CQ", number(4),
                "ELSEWHERE", number(50));

        assertThat(ReportedRollup.value(RollUp.SUM, entered, TREE, "HUYEN")).isEqualByComparingTo("10");
        assertThat(ReportedRollup.value(RollUp.SUM, entered, TREE, "XA_A")).isEqualByComparingTo("5");
    }

    @Test
    void aSumOfASubtreeWhereNobodyEnteredAnythingIsNoValueNotZero() {
        Map<String, BigDecimal> entered = Map.of("XA_A", number(2), "ELSEWHERE", number(50));

        assertThat(ReportedRollup.value(RollUp.SUM, entered, TREE, "XA_B")).isNull();
        assertThat(ReportedRollup.value(RollUp.SUM, Map.of(), TREE, "HUYEN")).isNull();
    }

    @Test
    void aSumCountsWhatAMergedCommuneEnteredUnderItsSuccessor() {
        UnitTree.Snapshot merged = district().merged("XA_B", "XA_A", LocalDate.of(2026, 3, 1)).on(DAY);
        Map<String, BigDecimal> entered = Map.of("XA_A", number(1), "XA_B", number(2));

        assertThat(ReportedRollup.value(RollUp.SUM, entered, merged, "XA_A")).isEqualByComparingTo("3");
        assertThat(ReportedRollup.value(RollUp.SUM, entered, merged, "HUYEN")).isEqualByComparingTo("3");
    }

    @Test
    void aMeanTakesTheUnitsOwnValueWhenItEnteredOne() {
        Map<String, BigDecimal> entered = Map.of("HUYEN", number(90), "XA_A", number(10), "CQ", number(20));

        assertThat(ReportedRollup.value(RollUp.MEAN, entered, TREE, "HUYEN")).isEqualByComparingTo("90");
    }

    @Test
    void aMeanOtherwiseAveragesTheChildrenEachWorkedOutTheSameWay() {
        Map<String, BigDecimal> entered = Map.of("AP1", number(70), "AP2", number(80), "XA_B", number(60));

        assertThat(ReportedRollup.value(RollUp.MEAN, entered, TREE, "XA_A")).isEqualTo(new BigDecimal("75.0"));
        assertThat(ReportedRollup.value(RollUp.MEAN, entered, TREE, "HUYEN")).as("(75 + 60) / 2, CQ left out")
                .isEqualTo(new BigDecimal("67.5"));
    }

    @Test
    void aMeanRoundsToOneDecimal() {
        Map<String, BigDecimal> entered = Map.of("XA_A", number(70), "XA_B", number(75), "CQ", number(81));

        assertThat(ReportedRollup.value(RollUp.MEAN, entered, TREE, "HUYEN")).isEqualTo(new BigDecimal("75.3"));
    }

    @Test
    void aMeanWhereNobodyReportedIsNoValue() {
        assertThat(ReportedRollup.value(RollUp.MEAN, Map.of(), TREE, "HUYEN")).isNull();
        assertThat(ReportedRollup.value(RollUp.MEAN, Map.of("ELSEWHERE", number(50)), TREE, "HUYEN")).isNull();
    }

    @Test
    void aMeanOfALeafIsWhatItEntered() {
        assertThat(ReportedRollup.value(RollUp.MEAN, Map.of("AP1", number(70)), TREE, "AP1")).isEqualByComparingTo("70");
        assertThat(ReportedRollup.value(RollUp.MEAN, Map.of("AP1", number(70)), TREE, "AP2")).isNull();
    }
}
