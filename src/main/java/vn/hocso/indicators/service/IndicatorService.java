package vn.hocso.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.indicators.calc.Breakdown;
import vn.hocso.indicators.calc.Catalogue;
import vn.hocso.indicators.calc.Dashboard;
import vn.hocso.indicators.calc.Dimension;
import vn.hocso.indicators.calc.Indicator;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.ReportCalendar;
import vn.hocso.indicators.calc.Scorecard;
import vn.hocso.indicators.calc.Tally;
import vn.hocso.indicators.calc.UnitScope;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.i18n.Dates;

/**
 * The plan's indicators for a unit and a period, for its organizers (their subtree only)
 * and administrators. The unit's subtree is the tree as it stood at the end of the period
 * (or today, for a period still running); a unit merged away during the period is seen as
 * it stood on its last day.
 */
@ApplicationScoped
public class IndicatorService {

    private UnitService units;
    private IndicatorQueries queries;
    private CatalogueStore catalogues;
    private ReportedValues reported;
    private AssignedTargets targets;
    private TallyCache cache;
    private Clock clock;
    private ReportCalendar calendar;

    protected IndicatorService() {
    }

    @Inject
    public IndicatorService(UnitService units, IndicatorQueries queries, CatalogueStore catalogues, ReportedValues reported,
                            AssignedTargets targets, TallyCache cache, Clock clock,
                            @ConfigProperty(name = "hocso.reports.year-start", defaultValue = "--12-15") String yearStart,
                            @ConfigProperty(name = "hocso.reports.mid-year-end", defaultValue = "--06-14") String midYearEnd) {
        this.units = units;
        this.queries = queries;
        this.catalogues = catalogues;
        this.reported = reported;
        this.targets = targets;
        this.cache = cache;
        this.clock = clock;
        this.calendar = new ReportCalendar(MonthDay.parse(yearStart), MonthDay.parse(midYearEnd));
    }

    public ReportCalendar calendar() {
        return calendar;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.VIETNAM));
    }

    public Catalogue catalogue() {
        return catalogues.current();
    }

    /**
     * The dashboard from counts at most a few minutes old (see {@link TallyCache}): the page,
     * the API and the report files all read these, so they agree exactly.
     */
    public Dashboard dashboard(Actor actor, String unitCode, Period period) {
        Scope scope = scope(actor, unitCode, period);
        Scorecard card = new Scorecard(scope.unit(), period, today(), targets.forYear(period.targetYear()));
        Map<Long, String> codes = queries.unitCodes();
        Map<String, Map<String, BigDecimal>> entered = reported.current(period);
        List<Indicator> catalogue = catalogues.current().indicators();
        Map<Source, TallyCache.Entry> kept = new HashMap<>();
        Function<Source, Tally> byMonth = source -> kept.computeIfAbsent(source,
                s -> cache.byMonth(s, period, Counting.of(s, queries, codes))).tally();
        List<Dashboard.Line> lines = new ArrayList<>();
        for (Indicator indicator : catalogue) {
            lines.add(indicator.computed() ? card.computed(indicator, Source.count(indicator, byMonth))
                    : card.reported(indicator, entered.getOrDefault(indicator.id(), Map.of()), scope.tree()));
        }
        Instant oldest = kept.values().stream().map(TallyCache.Entry::computedAt).min(Instant::compareTo).orElse(clock.instant());
        return new Dashboard(scope.unit().unit(), period, today(), oldest, lines);
    }

    /** One indicator split by child unit, month, or a personal dimension (computed indicators about people only). */
    public Breakdown breakdown(Actor actor, String unitCode, Period period, String indicatorId, Dimension by) {
        Indicator indicator = catalogues.indicator(indicatorId);
        if (by.personal()) {
            if (!indicator.computed() || !indicator.measure().aboutPeople()) {
                throw DomainException.invalid("by", "indicators.notAboutPeople", indicatorId);
            }
            Scope scope = scope(actor, unitCode, period);
            return Breakdown.byPeople(indicator, by, Source.count(indicator, byProfile(period)).byKey(scope.unit().units()));
        }
        Dashboard.Line line = dashboard(actor, unitCode, period).line(indicatorId).orElseThrow();
        return by == Dimension.UNIT ? Breakdown.byUnit(line) : Breakdown.byMonth(line);
    }

    /**
     * Sources' counts by unit and learner profile, each counted now when first asked and then
     * kept for the other indicators of the same request. Province-wide and unchecked: only
     * for callers that checked the scope first.
     */
    Function<Source, Tally> byProfile(Period period) {
        Map<Long, String> codes = queries.unitCodes();
        Map<Source, Tally> counted = new HashMap<>();
        return source -> counted.computeIfAbsent(source,
                s -> queries.count(s, period, Grouping.byProfile(period.targetYear()), codes));
    }

    /** The unit's subtree in the tree of the period, after checking the actor may see it. */
    public Scope scope(Actor actor, String unitCode, Period period) {
        Access.requireManager(actor);
        if (period == null) {
            throw DomainException.invalid("period", "indicators.periodInvalid");
        }
        UnitTree tree = units.tree();
        UnitNode unit = (unitCode == null ? null : tree.find(unitCode).orElse(null));
        if (unit == null) {
            throw DomainException.of(Failure.NOT_FOUND, "unit.unknown", unitCode);
        }
        Access.requireManage(actor, unit.code(), tree.asOf(today()));
        LocalDate day = period.to().isBefore(today()) ? period.to() : today();
        if (!unit.existsOn(day)) {
            if (unit.validTo() == null || unit.validTo().isBefore(period.from()) || unit.validFrom().isAfter(day)) {
                throw DomainException.invalid("unit", "indicators.unitNotInPeriod", unit.name());
            }
            day = unit.validTo();
        }
        UnitTree.Snapshot snapshot = tree.asOf(day);
        return new Scope(snapshot, UnitScope.of(snapshot, unit.code()));
    }

    /** The tree of the period and the unit's place in it. */
    public record Scope(UnitTree.Snapshot tree, UnitScope unit) {
    }
}
