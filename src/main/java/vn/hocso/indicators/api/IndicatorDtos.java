package vn.hocso.indicators.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.indicators.calc.Breakdown;
import vn.hocso.indicators.calc.Dashboard;
import vn.hocso.indicators.model.ReportedValue;

/** What the indicator API sends and receives. */
public final class IndicatorDtos {

    private IndicatorDtos() {
    }

    /** One indicator of a unit for a period. */
    public record IndicatorValue(String id, String title, String section, String kind, BigDecimal value, BigDecimal target,
                                 String unitOfMeasure, String status, int progress) {

        static IndicatorValue of(Dashboard.Line line, Locale locale) {
            return new IndicatorValue(line.indicator().id(), line.indicator().title().in(locale),
                    line.indicator().section().name(), line.indicator().kind().name(), line.figure().value(),
                    line.figure().target(), line.indicator().unitOfMeasure().in(locale), line.figure().status().name(),
                    line.figure().progress());
        }
    }

    /** A breakdown: its rows in order; units carry their target and status. */
    public record BreakdownView(String indicator, String by, String unit, LocalDate from, LocalDate to, List<Row> rows) {

        static BreakdownView of(Breakdown breakdown, String unit, LocalDate from, LocalDate to) {
            return new BreakdownView(breakdown.indicator().id(), breakdown.by().code(), unit, from, to,
                    breakdown.rows().stream().map(Row::of).toList());
        }
    }

    /** One group; {@code name} is the unit's name for units. */
    public record Row(String key, String name, BigDecimal value, BigDecimal target, String status) {

        static Row of(Breakdown.Row row) {
            return new Row(row.key(), row.unit() == null ? null : row.unit().name(), row.value(),
                    row.figure() == null ? null : row.figure().target(),
                    row.figure() == null ? null : row.figure().status().name());
        }
    }

    /** A value entered for a reported indicator; {@code period} is year, june, december or left out with from and to. */
    public record ReportedForm(String unit, String period, Integer year, String from, String to, BigDecimal value, String note,
                               String evidenceUrl) {
    }

    public record ReportedView(long id, String indicator, String unit, LocalDate from, LocalDate to, BigDecimal value,
                               String note, String evidenceUrl, String enteredBy, Instant enteredAt, Instant supersededAt) {

        static ReportedView of(ReportedValue v) {
            return new ReportedView(v.getId(), v.getIndicatorId(), v.getUnit().getCode(), v.getPeriodFrom(), v.getPeriodTo(),
                    v.getAmount(), v.getNote(), v.getEvidenceUrl(), v.getEnteredBy(), v.getEnteredAt(), v.getSupersededAt());
        }
    }

    /** A unit below, with the target assigned to it. */
    public record AssignedView(String unit, String name, BigDecimal target) {

        static List<AssignedView> of(Map<UnitNode, BigDecimal> children) {
            return children.entrySet().stream()
                    .map(e -> new AssignedView(e.getKey().code(), e.getKey().name(), e.getValue())).toList();
        }
    }

    /** The catalogue after a save: how many indicators it holds. */
    public record CatalogueSaved(int indicators) {
    }
}
