package vn.hocso.indicators.calc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.hocso.accounts.core.UnitNode;

/**
 * Every indicator of a unit for a period, as the dashboard, the API and the exports show it;
 * {@code computedAt} is when the oldest of its counts was taken (null: just now).
 */
public record Dashboard(UnitNode unit, Period period, LocalDate asOf, Instant computedAt, List<Line> lines) {

    public Dashboard {
        lines = List.copyOf(lines);
    }

    public Dashboard(UnitNode unit, Period period, LocalDate asOf, List<Line> lines) {
        this(unit, period, asOf, null, lines);
    }

    /** One indicator: its figure, its months (computed only) and its parts by child unit. */
    public record Line(Indicator indicator, Figure figure, List<Point> trend, List<Part> parts) {
        public Line {
            trend = List.copyOf(trend);
            parts = List.copyOf(parts);
        }
    }

    /** The value of one month: that month's count or share, or the share reached by its end. */
    public record Point(YearMonth month, BigDecimal value) {
    }

    /** A child unit's figure, or the unit's own (direct) records, which carry no target of their own. */
    public record Part(UnitNode unit, boolean direct, Figure figure) {
    }

    public Optional<Line> line(String indicatorId) {
        return lines.stream().filter(l -> l.indicator().id().equals(indicatorId)).findFirst();
    }

    public List<Line> in(Section section) {
        return lines.stream().filter(l -> l.indicator().section() == section).toList();
    }
}
