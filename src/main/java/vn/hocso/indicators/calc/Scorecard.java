package vn.hocso.indicators.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;

/**
 * Turns what was counted or reported into the dashboard's lines for one unit and period.
 * A unit's target is the one a unit above assigned to it for the year, else the catalogue's
 * for its kind of unit.
 */
public final class Scorecard {

    private final UnitScope scope;
    private final Period period;
    private final LocalDate today;
    private final Map<String, Map<String, BigDecimal>> assigned;

    /** {@code assigned}: indicator id to unit code to the target assigned for the period's year. */
    public Scorecard(UnitScope scope, Period period, LocalDate today, Map<String, Map<String, BigDecimal>> assigned) {
        this.scope = scope;
        this.period = period;
        this.today = today;
        this.assigned = assigned;
    }

    /** A computed indicator from its counts per unit and month. */
    public Dashboard.Line computed(Indicator indicator, Tally byMonth) {
        boolean percent = indicator.percent();
        Figure figure = figure(indicator, byMonth.total(scope.units()).value(percent), scope.unit());
        Map<String, Amount> parts = byMonth.byGroup(scope.partOf());
        List<Dashboard.Part> figures = new ArrayList<>();
        for (UnitScope.Part part : scope.parts()) {
            BigDecimal value = parts.getOrDefault(part.unit().code(), Amount.ZERO).value(percent);
            figures.add(new Dashboard.Part(part.unit(), part.direct(),
                    part.direct() ? new Figure(value, null, Status.of(value, null, period, today))
                            : figure(indicator, value, part.unit())));
        }
        return new Dashboard.Line(indicator, figure, trend(indicator, byMonth.byKey(scope.units())), figures);
    }

    /** A reported indicator from the values units entered for the period. */
    public Dashboard.Line reported(Indicator indicator, Map<String, BigDecimal> entered, UnitTree.Snapshot tree) {
        BigDecimal value = ReportedRollup.value(indicator.rollUp(), entered, tree, scope.unit().code());
        List<Dashboard.Part> figures = new ArrayList<>();
        for (UnitScope.Part part : scope.parts()) {
            BigDecimal partValue = part.direct() ? direct(indicator, entered, part)
                    : ReportedRollup.value(indicator.rollUp(), entered, tree, part.unit().code());
            figures.add(new Dashboard.Part(part.unit(), part.direct(),
                    part.direct() ? new Figure(partValue, null, Status.of(partValue, null, period, today))
                            : figure(indicator, partValue, part.unit())));
        }
        return new Dashboard.Line(indicator, figure(indicator, value, scope.unit()), List.of(), figures);
    }

    /** What the unit itself entered: its own share, or its own count plus those of the units merged into it. */
    private static BigDecimal direct(Indicator indicator, Map<String, BigDecimal> entered, UnitScope.Part part) {
        if (indicator.rollUp() == RollUp.MEAN) {
            return entered.get(part.unit().code());
        }
        return part.units().stream().map(entered::get).filter(v -> v != null).reduce(BigDecimal::add).orElse(null);
    }

    private Figure figure(Indicator indicator, BigDecimal value, UnitNode unit) {
        BigDecimal target = assigned.getOrDefault(indicator.id(), Map.of()).get(unit.code());
        return target != null ? Figure.of(value, target, period, today) : Figure.of(indicator, value, period, today, unit.kind());
    }

    private List<Dashboard.Point> trend(Indicator indicator, Map<String, Amount> byMonth) {
        List<Dashboard.Point> points = new ArrayList<>();
        Amount sofar = Amount.ZERO;
        long everyone = byMonth.getOrDefault(Tally.NO_KEY, Amount.ZERO).denominator();
        for (YearMonth month : period.months()) {
            Amount amount = byMonth.getOrDefault(month.toString(), Amount.ZERO);
            if (indicator.measure().cumulative()) {
                sofar = sofar.plus(amount);
                amount = new Amount(sofar.numerator(), everyone);
            }
            points.add(new Dashboard.Point(month, amount.value(indicator.percent())));
        }
        return points;
    }
}
