package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static final Tally TALLY = new Tally(List.of(
            new Tally.Row("XA_A", "2026-02", 1, 2),
            new Tally.Row("XA_B", "2026-01", 2, 3),
            new Tally.Row("XA_A", "2026-01", 4, 5),
            new Tally.Row("CQ", "2026-01", 100, 100)));

    @Test
    void theTotalAddsUpTheRowsOfTheGivenUnitsOnly() {
        assertThat(TALLY.total(Set.of("XA_A", "XA_B"))).isEqualTo(new Amount(7, 10));
    }

    @Test
    void theTotalOfNoUnitIsZero() {
        assertThat(TALLY.total(Set.of())).isEqualTo(Amount.ZERO);
        assertThat(TALLY.total(Set.of("NOWHERE"))).isEqualTo(Amount.ZERO);
    }

    @Test
    void byKeyAddsUpEachKeyInTheOrderItFirstAppears() {
        Map<String, Amount> byKey = TALLY.byKey(Set.of("XA_A", "XA_B"));

        assertThat(byKey).containsExactly(entry("2026-02", new Amount(1, 2)), entry("2026-01", new Amount(6, 8)));
    }

    @Test
    void byGroupAddsUpTheUnitsOfEachGroupAndLeavesOutUnitsInNone() {
        Map<String, Amount> byGroup = TALLY.byGroup(Map.of("XA_A", "XA_A", "XA_B", "XA_A"));

        assertThat(byGroup).containsExactly(entry("XA_A", new Amount(7, 10)));
    }

    @Test
    void anEmptyTallyCountsNothing() {
        Tally empty = new Tally(List.of());

        assertThat(empty.total(Set.of("XA_A"))).isEqualTo(Amount.ZERO);
        assertThat(empty.byKey(Set.of("XA_A"))).isEmpty();
        assertThat(empty.byGroup(Map.of("XA_A", "XA_A"))).isEmpty();
    }
}
