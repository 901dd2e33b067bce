package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterTest {

    private static final Roster SPRING = Roster.of(List.of(
            new Roster.Sighting("2026-03", 7, "HD-NP"), new Roster.Sighting("2026-03", 9, "HD-XT"),
            new Roster.Sighting("2026-04", 7, "HD-NP"), new Roster.Sighting("2026-04", 12, "HD-XT"),
            new Roster.Sighting("2026-05", 3, "HD-NP"), new Roster.Sighting("2026-05", 9, "HD-XT")));

    @Test
    void eachPersonCountsOnceInTheUnitAndMonthFirstSeen() {
        Tally counts = SPRING.firstSeen();

        assertThat(counts.total(Set.of("HD-NP", "HD-XT")).numerator()).isEqualTo(4);
        assertThat(counts.byKey(Set.of("HD-NP"))).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().numerator())
                .containsExactly("2026-03=1", "2026-05=1");
        assertThat(counts.byKey(Set.of("HD-XT"))).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().numerator())
                .containsExactly("2026-03=1", "2026-04=1");
    }

    @Test
    void monthsCutFromARosterMakeTheSameCountsJoinedAgainInOrder() {
        Roster joined = SPRING.month("2026-03").plus(SPRING.month("2026-04")).plus(SPRING.month("2026-05"));

        assertThat(joined.firstSeen().byKey(Set.of("HD-NP", "HD-XT"))).isEqualTo(SPRING.firstSeen().byKey(Set.of("HD-NP", "HD-XT")));
        assertThat(SPRING.month("2026-05").firstSeen().total(Set.of("HD-NP", "HD-XT")).numerator())
                .as("May alone: learners 3 and 9").isEqualTo(2);
        assertThat(SPRING.month("2026-06").firstSeen().total(Set.of("HD-NP")).numerator()).isZero();
        assertThat(Roster.EMPTY.firstSeen().total(Set.of("HD-NP")).numerator()).isZero();
    }

    @Test
    void aMonthsAccountsMustComeInAscendingOrderEachOnce() {
        assertThatThrownBy(() -> Roster.of(List.of(new Roster.Sighting("2026-03", 9, "HD-NP"),
                new Roster.Sighting("2026-03", 7, "HD-NP")))).isInstanceOf(IllegalArgumentException.class);
    }
}
