package vn.hocso.indicators.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database counted, per unit and key (a month, or a bucket such as a gender),
 * before it is added up for a subtree of the unit tree. Queries group by unit only, so one
 * result serves the unit, each of its children and the months at once.
 */
public final class Tally {

    /** Rows that counted toward the denominator of a share only have no key. */
    public static final String NO_KEY = "";

    /** One group of the database's answer. */
    public record Row(String unit, String key, long numerator, long denominator) {
    }

    private final List<Row> rows;

    public Tally(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static final Tally EMPTY = new Tally(List.of());

    public Tally plus(Tally other) {
        List<Row> both = new ArrayList<>(rows);
        both.addAll(other.rows);
        return new Tally(both);
    }

    /** The rows of one key: one month's counts out of counts by month. */
    public Tally withKey(String key) {
        return new Tally(rows.stream().filter(r -> r.key().equals(key)).toList());
    }

    /** The same counts without their denominators: the attended marks of an attendance count, say. */
    public Tally numerators() {
        return new Tally(rows.stream().map(r -> new Row(r.unit(), r.key(), r.numerator(), 0)).toList());
    }

    public Amount total(Set<String> units) {
        Amount sum = Amount.ZERO;
        for (Row row : rows) {
            if (units.contains(row.unit())) {
                sum = sum.plus(new Amount(row.numerator(), row.denominator()));
            }
        }
        return sum;
    }

    /** The amounts of the units per key, in the order of first appearance. */
    public Map<String, Amount> byKey(Set<String> units) {
        Map<String, Amount> sums = new LinkedHashMap<>();
        for (Row row : rows) {
            if (units.contains(row.unit())) {
                sums.merge(row.key(), new Amount(row.numerator(), row.denominator()), Amount::plus);
            }
        }
        return sums;
    }

    /** The amount of each group of units ({@code groupOf}: unit code to group); units in no group are left out. */
    public Map<String, Amount> byGroup(Map<String, String> groupOf) {
        Map<String, Amount> sums = new LinkedHashMap<>();
        for (Row row : rows) {
            String group = groupOf.get(row.unit());
            if (group != null) {
                sums.merge(group, new Amount(row.numerator(), row.denominator()), Amount::plus);
            }
        }
        return sums;
    }
}
