package vn.hocso.indicators.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.web.UnitOption;
import vn.hocso.accounts.web.UnitPicker;
import vn.hocso.indicators.calc.Indicator;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.model.ReportedValue;
import vn.hocso.indicators.service.IndicatorService;
import vn.hocso.indicators.service.PeriodChoice;
import vn.hocso.indicators.service.ReportedValues;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;

/**
 * /organizer/reported.xhtml: an organizer enters the value of a reported indicator (S6, G1…)
 * for a unit of theirs and a report period, with a note and a link to the evidence, and
 * sees every value entered before, corrections included.
 */
@Named
@ViewScoped
public class ReportedPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportedValues reported;
    @Inject
    private IndicatorService indicators;
    @Inject
    private UnitPicker unitPicker;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private String indicatorId;
    private UnitOption unit;
    private String period = "year";
    private Integer year;
    private String value;
    private String note;
    private String evidenceUrl;
    private List<Entry> history = List.of();

    /** A value entered, as the history lists it. */
    public record Entry(String value, String note, String evidenceUrl, String enteredBy, String enteredAt, boolean current)
            implements Serializable {
    }

    /** A reported indicator to choose. */
    public record Choice(String id, String label) implements Serializable {
    }

    @PostConstruct
    void start() {
        current.actor().scope(Role.ORGANIZER).ifPresent(code -> unit = unitPicker.byCode(code));
        year = indicators.today().getYear();
        indicatorId = getIndicators().stream().findFirst().map(Choice::id).orElse(null);
        showHistory();
    }

    public List<Choice> getIndicators() {
        return indicators.catalogue().reported().stream()
                .map(i -> new Choice(i.id(), i.id() + ". " + i.title().in(language.getLocale()) + " ("
                        + i.unitOfMeasure().in(language.getLocale()) + ")")).toList();
    }

    public void save() {
        ReportedValue saved = reported.enter(current.actor(), new ReportedValues.Entry(indicatorId,
                unit == null ? null : unit.code(), chosenPeriod(), Numbers.parse("value", value), note, evidenceUrl));
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("reported.saved", saved.getIndicatorId(),
                saved.getUnit().getName()));
        value = null;
        note = null;
        evidenceUrl = null;
        showHistory();
    }

    /** The values entered before for the chosen indicator, unit and period, newest first. */
    public void showHistory() {
        if (unit == null || indicatorId == null) {
            history = List.of();
            return;
        }
        history = reported.history(current.actor(), indicatorId, unit.code(), chosenPeriod()).stream()
                .map(v -> new Entry(language.number(v.getAmount(), 2), v.getNote(), v.getEvidenceUrl(), v.getEnteredBy(),
                        Dates.format(v.getEnteredAt()), v.isCurrent())).toList();
    }

    private Period chosenPeriod() {
        return PeriodChoice.parse(period, year, null, null).resolve(indicators.calendar(), indicators.today());
    }

    public String getPeriodDates() {
        Period p = chosenPeriod();
        return Dates.format(p.from()) + " – " + Dates.format(p.to());
    }

    public boolean isPercent() {
        return indicators.catalogue().find(indicatorId == null ? "" : indicatorId).map(Indicator::percent).orElse(false);
    }

    public List<Entry> getHistory() {
        return history;
    }

    public List<String> getPeriodKinds() {
        return PeriodChoice.NAMED;
    }

    public String getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(String indicatorId) {
        this.indicatorId = indicatorId;
    }

    public UnitOption getUnit() {
        return unit;
    }

    public void setUnit(UnitOption unit) {
        this.unit = unit;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(String evidenceUrl) {
        this.evidenceUrl = evidenceUrl;
    }
}
