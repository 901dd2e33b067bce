package vn.hocso.indicators.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocso.accounts.core.Role;
import vn.hocso.indicators.calc.Indicator;
import vn.hocso.indicators.service.AssignedTargets;
import vn.hocso.indicators.service.IndicatorService;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;

/**
 * /organizer/targets.xhtml?indicator=S1&unit=HD-NP&year=2026: an organizer shares a target
 * among the units directly below theirs, one field per unit.
 */
@Named
@ViewScoped
public class TargetsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssignedTargets targets;
    @Inject
    private IndicatorService indicators;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private String indicator;
    private String unit;
    private Integer year;
    private List<Row> rows;

    /** A unit below, and the target typed for it ("3000", "85,5" or empty). */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private String target;

        Row(String code, String name, String target) {
            this.code = code;
            this.name = name;
            this.target = target;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }
    }

    public void load() {
        if (unit == null || unit.isBlank()) {
            unit = current.actor().scope(Role.ORGANIZER).orElse(null);
        }
        if (year == null) {
            year = indicators.today().getYear();
        }
        if (indicator == null || indicator.isBlank()) {
            indicator = indicators.catalogue().indicators().get(0).id();
        }
        rows = new ArrayList<>();
        targets.ofChildren(current.actor(), indicator, unit, year).forEach((child, target) ->
                rows.add(new Row(child.code(), child.name(), target == null ? "" : language.number(target, 2))));
    }

    public void save() {
        Map<String, BigDecimal> typed = new LinkedHashMap<>();
        rows.forEach(row -> typed.put(row.getCode(), Numbers.parse(row.getCode(), row.getTarget())));
        targets.assign(current.actor(), indicator, unit, year, typed);
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("targets.saved"));
        load();
    }

    /** What the catalogue sets for the unit itself this year, to share out. */
    public String getOwnTarget() {
        Indicator shown = indicators.catalogue().find(indicator).orElseThrow();
        BigDecimal target = shown.targetFor(year);
        return target == null ? "—" : language.number(target, 2) + " " + shown.unitOfMeasure().in(language.getLocale());
    }

    public String getIndicatorTitle() {
        return indicators.catalogue().find(indicator).map(i -> i.id() + ". " + i.title().in(language.getLocale())).orElse("");
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
