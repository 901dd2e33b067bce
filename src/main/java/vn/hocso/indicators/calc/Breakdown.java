package vn.hocso.indicators.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hocso.accounts.core.UnitNode;

/**
 * An indicator's figure split by one dimension. Each row carries the number of people or
 * records behind it ({@code count}: the group's size for a share), which decides whether
 * the row may be published.
 */
public record Breakdown(Indicator indicator, Dimension by, List<Row> rows) {

    public Breakdown {
        rows = List.copyOf(rows);
    }

    /** One group: a unit (with its figure against the target), a month "2026-03", or a bucket such as "FEMALE". */
    public record Row(String key, UnitNode unit, BigDecimal value, long count, Figure figure) {
    }

    public static Breakdown byUnit(Dashboard.Line line) {
        List<Row> rows = line.parts().stream()
                .map(p -> new Row(p.unit().code(), p.unit(), p.figure().value(), 0, p.figure())).toList();
        return new Breakdown(line.indicator(), Dimension.UNIT, rows);
    }

    public static Breakdown byMonth(Dashboard.Line line) {
        List<Row> rows = line.trend().stream()
                .map(p -> new Row(p.month().toString(), null, p.value(), 0, null)).toList();
        return new Breakdown(line.indicator(), Dimension.MONTH, rows);
    }

    /** Every bucket of the dimension, empty ones too, from what was counted per profile in the unit's scope. */
    public static Breakdown byPeople(Indicator indicator, Dimension by, Map<String, Amount> byProfile) {
        Map<String, Amount> counted = new HashMap<>();
        byProfile.forEach((profile, amount) -> {
            if (!Tally.NO_KEY.equals(profile)) {
                counted.merge(by.bucketOf(profile), amount, Amount::plus);
            }
        });
        List<Row> rows = new ArrayList<>();
        for (String bucket : by.buckets()) {
            Amount amount = counted.getOrDefault(bucket, Amount.ZERO);
            long count = indicator.percent() ? amount.denominator() : amount.numerator();
            rows.add(new Row(bucket, null, amount.value(indicator.percent()), count, null));
        }
        return new Breakdown(indicator, by, rows);
    }
}
