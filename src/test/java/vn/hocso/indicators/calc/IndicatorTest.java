package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.courses.content.LocalizedText;

class IndicatorTest {

    private static final LocalizedText TITLE = new LocalizedText("Lớp tập huấn", "Training classes");
    private static final LocalizedText CLASSES = new LocalizedText("lớp", "classes");
    private static final LocalizedText PERCENT = new LocalizedText("%", "%");

    private static Indicator classes(Map<Integer, BigDecimal> targets, UnitKind appliesTo) {
        return Indicator.computed("T2", Section.PLAN, TITLE, CLASSES, targets, appliesTo, Measure.CLASSES_HELD, Set.of(), null, true);
    }

    private static Map<Integer, BigDecimal> plan(int by2025, int by2030) {
        return Map.of(2025, BigDecimal.valueOf(by2025), 2030, BigDecimal.valueOf(by2030));
    }

    @Test
    void aTargetYearHoldsItsOwnTarget() {
        Indicator indicator = classes(plan(2, 4), null);

        assertThat(indicator.targetFor(2025)).isEqualByComparingTo("2");
        assertThat(indicator.targetFor(2030)).isEqualByComparingTo("4");
    }

    @Test
    void theYearsBeforeATargetYearFollowTheNearestOneNotBeforeThem() {
        Indicator indicator = classes(plan(2, 4), null);

        assertThat(indicator.targetFor(2020)).as("before the plan").isEqualByComparingTo("2");
        assertThat(indicator.targetFor(2026)).isEqualByComparingTo("4");
        assertThat(indicator.targetFor(2029)).isEqualByComparingTo("4");
    }

    @Test
    void afterThePlansHorizonTheLastTargetStillHolds() {
        assertThat(classes(plan(2, 4), null).targetFor(2035)).isEqualByComparingTo("4");
    }

    @Test
    void anIndicatorWithoutTargetsHasNoTargetInAnyYear() {
        Indicator indicator = classes(Map.of(), null);

        assertThat(indicator.targetFor(2026)).isNull();
        assertThat(indicator.targetFor(2026, UnitKind.DISTRICT_UNION)).isNull();
    }

    @Test
    void aTargetSetForDistrictsIsNoTargetForOtherUnits() {
        Indicator indicator = classes(plan(2, 4), UnitKind.DISTRICT_UNION);

        assertThat(indicator.targetFor(2026, UnitKind.DISTRICT_UNION)).isEqualByComparingTo("4");
        assertThat(indicator.targetFor(2026, UnitKind.COMMUNE_UNION)).isNull();
        assertThat(indicator.targetFor(2026, UnitKind.PROVINCE_UNION)).isNull();
    }

    @Test
    void aTargetForEveryUnitAppliesToEachKind() {
        Indicator indicator = classes(plan(2, 4), null);

        for (UnitKind kind : UnitKind.values()) {
            assertThat(indicator.targetFor(2026, kind)).as(kind.name()).isEqualByComparingTo("4");
        }
    }

    @Test
    void theTargetsCannotBeChangedThroughTheIndicator() {
        Indicator indicator = classes(plan(2, 4), null);

        assertThat(indicator.targets().keySet()).containsExactly(2025, 2030);
        assertThatThrownBy(() -> indicator.targets().put(2027, BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aComputedShareIsInPercentWhateverItsUnitSays() {
        Indicator share = Indicator.computed("A7", Section.ACTIVITY, TITLE, CLASSES, Map.of(), null, Measure.ATTENDANCE_RATE,
                Set.of(), null, true);

        assertThat(share.percent()).isTrue();
        assertThat(classes(Map.of(), null).percent()).isFalse();
    }

    @Test
    void aReportedIndicatorIsInPercentWhenItsUnitIsPercent() {
        Indicator share = Indicator.reported("G1", Section.PLAN, TITLE, PERCENT, Map.of(), null, RollUp.MEAN);
        Indicator count = Indicator.reported("S6", Section.PLAN, TITLE, CLASSES, Map.of(), null, RollUp.SUM);

        assertThat(share.percent()).isTrue();
        assertThat(count.percent()).isFalse();
        assertThat(share.computed()).isFalse();
    }
}
