package vn.hocso.indicators.calc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Hides counts of people small enough to point at someone ("2 learners over 30 in the
 * class") in statistics that leave the system. When only one cell of a row is hidden,
 * the next smallest is hidden too, so the row's total cannot give it back.
 */
public final class SmallCells {

    /** What a hidden cell shows. */
    public static final String HIDDEN = "x";

    private SmallCells() {
    }

    /** A count as published: its value, or hidden. */
    public record Cell(long value, boolean hidden) {
        public Object shown() {
            return hidden ? HIDDEN : Long.valueOf(value);
        }
    }

    public static List<Cell> suppress(List<Long> counts, int threshold) {
        List<Cell> cells = new ArrayList<>();
        for (long count : counts) {
            cells.add(new Cell(count, count > 0 && count < threshold));
        }
        if (cells.stream().filter(Cell::hidden).count() == 1) {
            IntStream.range(0, cells.size())
                    .filter(i -> !cells.get(i).hidden() && cells.get(i).value() > 0)
                    .boxed().min(Comparator.comparingLong(i -> cells.get(i).value()))
                    .ifPresent(i -> cells.set(i, new Cell(cells.get(i).value(), true)));
        }
        return cells;
    }
}
