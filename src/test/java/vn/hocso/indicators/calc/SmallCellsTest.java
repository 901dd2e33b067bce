package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private static final int THRESHOLD = 5;

    private static List<Boolean> hidden(Long... counts) {
        return SmallCells.suppress(List.of(counts), THRESHOLD).stream().map(SmallCells.Cell::hidden).toList();
    }

    @Test
    void countsFromOneToBelowTheThresholdAreHidden() {
        assertThat(hidden(1L, 4L, 5L, 100L)).containsExactly(true, true, false, false);
    }

    @Test
    void zeroIsNotHidden() {
        assertThat(hidden(0L, 2L, 3L, 9L)).containsExactly(false, true, true, false);
    }

    @Test
    void aLoneHiddenCellHidesTheNextSmallestNonZeroCellToo() {
        assertThat(hidden(3L, 10L, 7L, 0L, 50L)).containsExactly(true, false, true, false, false);
    }

    @Test
    void twoHiddenCellsHideNothingElse() {
        assertThat(hidden(3L, 2L, 7L, 50L)).containsExactly(true, true, false, false);
    }

    @Test
    void aLoneHiddenCellBesideZerosOnlyStaysHiddenAlone() {
        assertThat(hidden(0L, 2L, 0L)).containsExactly(false, true, false);
    }

    @Test
    void aLoneHiddenCellHidesExactlyOneMoreWhenTheSmallestAreEqual() {
        assertThat(hidden(1L, 6L, 6L, 8L)).containsExactly(true, true, false, false);
    }

    @Test
    void countsAtOrAboveTheThresholdAreAllShown() {
        assertThat(hidden(5L, 20L, 0L)).containsExactly(false, false, false);
    }

    @Test
    void aHiddenCellShowsAnXAndKeepsItsValueForTotals() {
        List<SmallCells.Cell> cells = SmallCells.suppress(List.of(2L, 5L, 12L), THRESHOLD);

        assertThat(cells).extracting(SmallCells.Cell::shown).containsExactly(SmallCells.HIDDEN, SmallCells.HIDDEN, 12L);
        assertThat(cells).extracting(SmallCells.Cell::value).containsExactly(2L, 5L, 12L);
    }

    @Test
    void noCountsGiveNoCells() {
        assertThat(SmallCells.suppress(List.of(), THRESHOLD)).isEmpty();
    }
}
