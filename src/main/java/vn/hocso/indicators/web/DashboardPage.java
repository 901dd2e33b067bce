package vn.hocso.indicators.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.indicators.calc.Dashboard;
import vn.hocso.indicators.calc.Figure;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.PeriodKind;
import vn.hocso.indicators.calc.Section;
import vn.hocso.indicators.service.IndicatorService;
import vn.hocso.indicators.service.PeriodChoice;
import vn.hocso.indicators.service.TallyCache;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;

/**
 * /organizer/indicators.xhtml?unit=…&period=…&year=…: the plan's indicators of a unit for a
 * period, each with its target, progress and status. The filters are the address, so a
 * dashboard can be bookmarked and sent to a colleague; the detail of one indicator is
 * {@link IndicatorDetail}.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    private IndicatorService indicators;
    @Inject
    private UnitService units;
    @Inject
    private TallyCache cache;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private String unit;
    private String period;
    private Integer year;
    private String from;
    private String to;
    private Dashboard dashboard;

    /** One indicator as the table shows it. */
    public record Row(String id, String title, String value, String target, int progress, String status, boolean hasTarget) {
    }

    public void load() {
        if (unit == null || unit.isBlank()) {
            unit = defaultUnit();
        }
        try {
            Period chosen = PeriodChoice.parse(period, year, from, to).resolve(indicators.calendar(), indicators.today());
            dashboard = indicators.dashboard(current.actor(), unit, chosen);
        } catch (DomainException e) {
            if (e.failure() != Failure.INVALID) {
                throw e;
            }
            FacesErrors.show(FacesContext.getCurrentInstance(), e);
        }
    }

    /** The organizer's own unit; for an administrator, the top of the tree. */
    private String defaultUnit() {
        return current.actor().scope(Role.ORGANIZER)
                .or(() -> units.today().roots().stream().findFirst().map(UnitNode::code)).orElse(null);
    }

    public boolean isShown() {
        return dashboard != null;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    /** The units the person may look at, in tree order, indented by depth. */
    public Map<String, String> getUnitChoices() {
        UnitTree.Snapshot tree = units.today();
        Set<String> allowed = Access.managedUnits(current.actor(), tree);
        Map<String, String> choices = new LinkedHashMap<>();
        for (UnitNode root : tree.roots()) {
            addWithChildren(tree, root, 0, allowed, choices);
        }
        return choices;
    }

    private static void addWithChildren(UnitTree.Snapshot tree, UnitNode unit, int depth, Set<String> allowed,
                                        Map<String, String> choices) {
        if (allowed.contains(unit.code())) {
            choices.put("\u00a0\u00a0".repeat(depth) + unit.name(), unit.code());
        }
        for (UnitNode child : tree.children(unit.code())) {
            addWithChildren(tree, child, allowed.contains(unit.code()) ? depth + 1 : depth, allowed, choices);
        }
    }

    public List<Row> rows(String section) {
        List<Row> rows = new ArrayList<>();
        for (Dashboard.Line line : dashboard.in(Section.valueOf(section))) {
            Figure figure = line.figure();
            String unitOfMeasure = line.indicator().unitOfMeasure().in(language.getLocale());
            rows.add(new Row(line.indicator().id(), line.indicator().title().in(language.getLocale()),
                    amount(figure.value(), unitOfMeasure), amount(figure.target(), unitOfMeasure), figure.progress(),
                    figure.status().name(), figure.target() != null));
        }
        return rows;
    }

    /** "10.000 lượt người", "85,5 %", or a dash when there is no figure. */
    String amount(BigDecimal value, String unitOfMeasure) {
        return value == null ? "—" : language.number(value, 1) + ("%".equals(unitOfMeasure) ? " %" : " " + unitOfMeasure);
    }

    /** "Năm 2025" or "Kỳ báo cáo tháng 6: 15/12/2024 – 14/06/2025". */
    public String getPeriodLabel() {
        Period p = dashboard.period();
        String dates = Dates.format(p.from()) + " – " + Dates.format(p.to());
        return p.kind() == PeriodKind.YEAR ? language.text("indicators.period.year") + " " + p.to().getYear() + " (" + dates + ")"
                : language.text("indicators.period." + p.kind().code()) + ": " + dates;
    }

    /** "06/12/2026 13:05, làm mới sau mỗi 5 phút" (or seconds, under a minute): how old the counts may be. */
    public String getComputedAt() {
        return language.text("dashboard.computedAt", Dates.format(dashboard.computedAt()), cache.maxAge().toMinutes(),
                cache.maxAge().toSeconds());
    }

    /** The filter's query string, for links to details and exports that keep the same unit and period. */
    public String getQuery() {
        StringBuilder query = new StringBuilder("unit=").append(encode(dashboard == null ? unit : dashboard.unit().code()));
        if (from != null && !from.isBlank()) {
            query.append("&from=").append(encode(from)).append("&to=").append(encode(to));
        } else {
            query.append("&period=").append(encode(period == null ? PeriodKind.YEAR.code() : period));
            query.append("&year=").append(year == null ? indicators.today().getYear() : year);
        }
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    public List<String> getPeriodKinds() {
        return PeriodChoice.NAMED;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Integer getYear() {
        return year == null ? indicators.today().getYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
