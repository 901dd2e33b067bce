package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hocso.indicators.calc.DistrictFixture.district;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.UnitTree;

class UnitScopeTest {

    private static final LocalDate BEFORE_MERGER = LocalDate.of(2026, 1, 10);
    private static final LocalDate MERGER = LocalDate.of(2026, 3, 1);
    private static final LocalDate AFTER_MERGER = LocalDate.of(2026, 6, 14);

    private static UnitScope scope(UnitTree.Snapshot tree, String code) {
        return UnitScope.of(tree, code);
    }

    private static UnitScope.Part part(UnitScope scope, String code) {
        return scope.parts().stream().filter(p -> p.unit().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aDistrictsScopeHoldsItsWholeSubtree() {
        UnitScope scope = scope(district().on(BEFORE_MERGER), "HUYEN");

        assertThat(scope.unit().code()).isEqualTo("HUYEN");
        assertThat(scope.units()).containsExactlyInAnyOrder("HUYEN", "XA_A", "AP1", "AP2", "XA_B", "CQ");
    }

    @Test
    void theUnitsOwnPartComesFirstThenOnePartPerChild() {
        UnitScope scope = scope(district().on(BEFORE_MERGER), "HUYEN");

        assertThat(scope.parts()).extracting(p -> p.unit().code(), UnitScope.Part::direct).containsExactly(
                tuple("HUYEN", true), tuple("XA_A", false), tuple("XA_B", false), tuple("CQ", false));
    }

    @Test
    void theDirectPartHoldsOnlyTheUnitsOwnRecordsAndAChildPartItsWholeSubtree() {
        UnitScope scope = scope(district().on(BEFORE_MERGER), "HUYEN");

        assertThat(part(scope, "HUYEN").units()).containsExactly("HUYEN");
        assertThat(part(scope, "XA_A").units()).containsExactlyInAnyOrder("XA_A", "AP1", "AP2");
        assertThat(part(scope, "CQ").units()).containsExactly("CQ");
    }

    @Test
    void thePartsAddUpToTheWholeWithoutOverlapping() {
        UnitScope scope = scope(district().on(BEFORE_MERGER), "HUYEN");

        Set<String> union = new HashSet<>();
        int sizes = 0;
        for (UnitScope.Part part : scope.parts()) {
            union.addAll(part.units());
            sizes += part.units().size();
        }
        assertThat(union).isEqualTo(scope.units());
        assertThat(sizes).isEqualTo(scope.units().size());
    }

    @Test
    void partOfNamesThePartEachUnitCountsIn() {
        UnitScope scope = scope(district().on(BEFORE_MERGER), "HUYEN");

        assertThat(scope.partOf()).containsOnly(
                entry("HUYEN", "HUYEN"),
                entry("XA_A", "XA_A"),
                entry("AP1", "XA_A"),
                entry("AP2", "XA_A"),
                entry("XA_B", "XA_B"),
                entry("CQ", "CQ"));
    }

    @Test
    void aCommuneMergedIntoAnotherMidYearCountsUnderItsSuccessor() {
        UnitScope scope = scope(district().merged("XA_B", "XA_A", MERGER).on(AFTER_MERGER), "HUYEN");

        assertThat(scope.parts()).extracting(p -> p.unit().code()).containsExactly("HUYEN", "XA_A", "CQ");
        assertThat(part(scope, "XA_A").units()).containsExactlyInAnyOrder("XA_A", "AP1", "AP2", "XA_B");
        assertThat(scope.partOf()).containsEntry("XA_B", "XA_A");
        assertThat(scope.units()).contains("XA_B");
    }

    @Test
    void beforeTheMergerBothCommunesStillHaveTheirOwnParts() {
        UnitScope scope = scope(district().merged("XA_B", "XA_A", MERGER).on(MERGER.minusDays(1)), "HUYEN");

        assertThat(scope.parts()).extracting(p -> p.unit().code()).containsExactly("HUYEN", "XA_A", "XA_B", "CQ");
    }

    @Test
    void aUnitMergedIntoTheDistrictCountsInTheDistrictsOwnPart() {
        UnitScope scope = scope(district().merged("CQ", "HUYEN", MERGER).on(AFTER_MERGER), "HUYEN");

        assertThat(part(scope, "HUYEN").units()).containsExactlyInAnyOrder("HUYEN", "CQ");
        assertThat(scope.parts()).extracting(p -> p.unit().code()).containsExactly("HUYEN", "XA_A", "XA_B");
    }

    @Test
    void theScopeOfAMergedUnitIsThatOfItsSuccessor() {
        UnitScope scope = scope(district().merged("XA_B", "XA_A", MERGER).on(AFTER_MERGER), "XA_B");

        assertThat(scope.unit().code()).isEqualTo("XA_A");
        assertThat(scope.units()).containsExactlyInAnyOrder("XA_A", "AP1", "AP2", "XA_B");
    }

    @Test
    void aUnitWithoutChildrenHasOnlyItsOwnPart() {
        UnitScope scope = scope(district().on(BEFORE_MERGER), "XA_B");

        assertThat(scope.parts()).singleElement().satisfies(part -> {
            assertThat(part.direct()).isTrue();
            assertThat(part.units()).containsExactly("XA_B");
        });
    }

    @Test
    void anUnknownUnitHasNoScope() {
        assertThatThrownBy(() -> scope(district().on(BEFORE_MERGER), "NOWHERE")).isInstanceOf(IllegalArgumentException.class);
    }
}
