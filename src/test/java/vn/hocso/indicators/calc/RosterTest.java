package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterTest {

    private static final Roster SPRING = Roster.of(List.of(
            new Roster.Sighting("2026-03", 7, "HD-NP", 1), new Roster.Sighting("2026-03", 9, "HD-XT", 1),
            new Roster.Sighting("2026-04", 7, "HD-NP", 3), new Roster.Sighting("2026-04", 12, "HD-XT", 1),
            new Roster.Sighting("2026-05", 3, "HD-NP", 1), new Roster.Sighting("2026-05", 9, "HD-XT", 1)));

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
        Roster joined = Roster.inOrder(List.of(SPRING.month("2026-03"), SPRING.month("2026-04"), SPRING.month("2026-05")));

        assertThat(joined.firstSeen().byKey(Set.of("HD-NP", "HD-XT"))).isEqualTo(SPRING.firstSeen().byKey(Set.of("HD-NP", "HD-XT")));
        assertThat(SPRING.month("2026-05").firstSeen().total(Set.of("HD-NP", "HD-XT")).numerator())
                .as("May alone: learners 3 and 9").isEqualTo(2);
        assertThat(SPRING.month("2026-06").firstSeen().total(Set.of("HD-NP")).numerator()).isZero();
        assertThat(Roster.of(List.of()).firstSeen().total(Set.of("HD-NP")).numerator()).isZero();
    }

    @Test
    void everyRecordCountsInTheMonthItWasMadeWhateverThePerson() {
        Tally records = SPRING.records();

        assertThat(records.total(Set.of("HD-NP", "HD-XT")).numerator()).as("learner 7 enrolled three times in April").isEqualTo(8);
        assertThat(records.byKey(Set.of("HD-NP"))).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().numerator())
                .containsExactly("2026-03=1", "2026-04=3", "2026-05=1");
    }

    @Test
    void aMonthsAccountsMustComeInAscendingOrderEachOnce() {
        assertThatThrownBy(() -> Roster.of(List.of(new Roster.Sighting("2026-03", 9, "HD-NP", 1),
                new Roster.Sighting("2026-03", 7, "HD-NP", 1)))).isInstanceOf(IllegalArgumentException.class);
    }
}
