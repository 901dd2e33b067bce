package vn.hocso.indicators.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * People behind the indicators by group (gender, age group, the plan's flags): one row per
 * group, one column per indicator. Groups too small to publish are hidden per indicator and
 * dimension, with the next smallest when one alone would give itself away.
 */
final class GroupTable {

    private GroupTable() {
    }

    /** {@code text}: a message key and its arguments to the text in the report's language. */
    static List<String> headers(List<Breakdown> groups, BiFunction<String, Object[], String> text) {
        List<String> headers = new ArrayList<>(List.of(text.apply("indicators.col.dimension", new Object[0]),
                text.apply("indicators.col.group", new Object[0])));
        indicators(groups).forEach(i -> headers.add(i.id()));
        return headers;
    }

    static List<List<Object>> rows(List<Breakdown> groups, int minCell, BiFunction<String, Object[], String> text) {
        Map<String, Breakdown> byKey = new LinkedHashMap<>();
        groups.forEach(g -> byKey.put(g.indicator().id() + "/" + g.by(), g));
        List<Indicator> indicators = indicators(groups);
        List<List<Object>> rows = new ArrayList<>();
        for (Dimension dimension : Dimension.personalOnes()) {
            List<List<Object>> shown = new ArrayList<>();
            for (Indicator indicator : indicators) {
                shown.add(published(byKey.get(indicator.id() + "/" + dimension), dimension.buckets().size(), minCell));
            }
            for (int b = 0; b < dimension.buckets().size(); b++) {
                List<Object> row = new ArrayList<>();
                row.add(text.apply("indicators.dimension." + dimension.code(), new Object[0]));
                row.add(text.apply("indicators.bucket." + dimension.buckets().get(b), new Object[0]));
                for (List<Object> column : shown) {
                    row.add(column.get(b));
                }
                rows.add(row);
            }
        }
        rows.add(List.of(text.apply("indicators.hidden", new Object[] {minCell})));
        return rows;
    }

    /** The column of one indicator and dimension as published; empty when it does not split that way. */
    private static List<Object> published(Breakdown breakdown, int buckets, int minCell) {
        List<Object> column = new ArrayList<>();
        if (breakdown == null) {
            for (int b = 0; b < buckets; b++) {
                column.add(null);
            }
            return column;
        }
        List<SmallCells.Cell> cells = SmallCells.suppress(breakdown.rows().stream().map(Breakdown.Row::count).toList(), minCell);
        for (int b = 0; b < buckets; b++) {
            column.add(cells.get(b).hidden() ? SmallCells.HIDDEN : breakdown.rows().get(b).value());
        }
        return column;
    }

    private static List<Indicator> indicators(List<Breakdown> groups) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        groups.forEach(g -> indicators.putIfAbsent(g.indicator().id(), g.indicator()));
        return List.copyOf(indicators.values());
    }
}
