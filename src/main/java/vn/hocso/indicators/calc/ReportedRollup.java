package vn.hocso.indicators.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;

/**
 * The value of a reported indicator for a unit, from the values its units entered: a sum
 * over the subtree for counts; for shares, the unit's own figure when it entered one, else
 * the mean of its children's (each worked out the same way). Null when nobody reported.
 */
public final class ReportedRollup {

    private ReportedRollup() {
    }

    public static BigDecimal value(RollUp rollUp, Map<String, BigDecimal> entered, UnitTree.Snapshot tree, String unit) {
        if (rollUp == RollUp.SUM) {
            return tree.subtree(unit).stream().map(entered::get).filter(Objects::nonNull)
                    .reduce(BigDecimal::add).orElse(null);
        }
        BigDecimal own = entered.get(unit);
        if (own != null) {
            return own;
        }
        List<BigDecimal> children = tree.children(unit).stream().map(UnitNode::code)
                .map(child -> value(rollUp, entered, tree, child)).filter(Objects::nonNull).toList();
        if (children.isEmpty()) {
            return null;
        }
        return children.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(children.size()), 1, RoundingMode.HALF_UP);
    }
}
