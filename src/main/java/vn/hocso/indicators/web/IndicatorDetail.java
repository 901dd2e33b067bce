package vn.hocso.indicators.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Optional;
import vn.hocso.indicators.calc.Breakdown;
import vn.hocso.indicators.calc.Dashboard;
import vn.hocso.indicators.calc.Dimension;
import vn.hocso.indicators.calc.Indicator;
import vn.hocso.indicators.service.IndicatorService;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.Language;

/**
 * The detail of one indicator on the dashboard (…&indicator=S1&by=gender): its trend by
 * month as a chart and a table, its figure per child unit (which communes are behind), and
 * for indicators about people, the split by a group of learners.
 */
@Named
@RequestScoped
public class IndicatorDetail {

    private static final String BAR_COLOUR = "#0b5cab";

    @Inject
    private DashboardPage page;
    @Inject
    private IndicatorService indicators;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private String indicator;
    private String by;
    private List<Row> splitRows;

    /** A row of the detail's tables: a label, the value, and for units the target and status. */
    public record Row(String label, String value, String target, String status) {
    }

    private Optional<Dashboard.Line> line() {
        return page.isShown() && indicator != null ? page.getDashboard().line(indicator) : Optional.empty();
    }

    public boolean isShown() {
        return line().isPresent();
    }

    public String getTitle() {
        Indicator shown = line().orElseThrow().indicator();
        return shown.id() + ". " + shown.title().in(language.getLocale());
    }

    private String unitOfMeasure() {
        return line().orElseThrow().indicator().unitOfMeasure().in(language.getLocale());
    }

    public boolean isHasTrend() {
        return !line().orElseThrow().trend().isEmpty();
    }

    public List<Row> getTrend() {
        return line().orElseThrow().trend().stream()
                .map(p -> new Row(Dates.format(p.month()),
                        page.amount(p.value(), unitOfMeasure()), null, null)).toList();
    }

    /** The trend as a Chart.js bar chart, for PrimeFaces' chart component. */
    public String getChart() {
        Dashboard.Line shown = line().orElseThrow();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Dashboard.Point point : shown.trend()) {
            labels.add(Dates.format(point.month()));
            if (point.value() == null) {
                values.addNull();
            } else {
                values.add(point.value());
            }
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", shown.indicator().id() + " (" + unitOfMeasure() + ")")
                                .add("data", values).add("backgroundColor", BAR_COLOUR))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    public List<Row> getParts() {
        return line().orElseThrow().parts().stream()
                .map(p -> new Row(p.direct() ? language.text("indicators.direct", p.unit().name()) : p.unit().name(),
                        page.amount(p.figure().value(), unitOfMeasure()), page.amount(p.figure().target(), unitOfMeasure()),
                        p.figure().status().name()))
                .toList();
    }

    /** The personal dimensions this indicator splits by; none for class counts and reported figures. */
    public List<Dimension> getDimensions() {
        Indicator shown = line().orElseThrow().indicator();
        return shown.computed() && shown.measure().aboutPeople() ? Dimension.personalOnes() : List.of();
    }

    public Optional<Dimension> dimension() {
        return by == null ? Optional.empty() : Dimension.fromCode(by).filter(Dimension::personal);
    }

    public boolean isSplit() {
        return isShown() && !getDimensions().isEmpty() && dimension().isPresent();
    }

    /** Computed once per request: the page reads it more than once while rendering. */
    public List<Row> getSplitRows() {
        if (splitRows == null) {
            splitRows = split();
        }
        return splitRows;
    }

    private List<Row> split() {
        Breakdown breakdown = indicators.breakdown(current.actor(), page.getDashboard().unit().code(),
                page.getDashboard().period(), indicator, dimension().orElseThrow());
        return breakdown.rows().stream()
                .map(r -> new Row(language.text("indicators.bucket." + r.key()), page.amount(r.value(), unitOfMeasure()), null,
                        null)).toList();
    }

    public String dimensionLabel(Dimension dimension) {
        return language.text("indicators.dimension." + dimension.code());
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by == null || by.isBlank() ? null : by.strip();
    }
}
