package vn.hocso.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.model.Unit;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.indicators.calc.Indicator;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.model.ReportedValue;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.FieldError;

/**
 * Values organizers enter for reported indicators, per unit and period. Entering a value
 * again supersedes the one before; every entry stays, with who entered it and when.
 */
@ApplicationScoped
public class ReportedValues {

    private static final BigDecimal MAX_COUNT = new BigDecimal("999999999999");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EntityManager em;
    private Clock clock;
    private UnitService units;
    private CatalogueStore catalogues;
    private AuditLog audit;

    protected ReportedValues() {
    }

    @Inject
    public ReportedValues(EntityManager em, Clock clock, UnitService units, CatalogueStore catalogues, AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.units = units;
        this.catalogues = catalogues;
        this.audit = audit;
    }

    /** What an organizer enters. */
    public record Entry(String indicatorId, String unitCode, Period period, BigDecimal value, String note, String evidenceUrl) {
    }

    @Transactional
    public ReportedValue enter(Actor actor, Entry entry) {
        Access.requireManager(actor);
        Indicator indicator = catalogues.current().find(entry.indicatorId()).filter(i -> !i.computed())
                .orElseThrow(() -> DomainException.invalid("indicator", "reported.notReported", entry.indicatorId()));
        Access.requireManage(actor, entry.unitCode(), units.today());
        validate(indicator, entry);
        Unit unit = units.get(entry.unitCode());
        current(indicator.id(), unit, entry.period()).forEach(v -> v.supersede(clock.instant()));
        ReportedValue value = new ReportedValue(indicator.id(), unit, entry.period(), entry.value(), blankToNull(entry.note()),
                blankToNull(entry.evidenceUrl()), actor.username(), clock.instant());
        em.persist(value);
        audit.record(actor.username(), "REPORTED_VALUE", "indicator:" + indicator.id() + ":" + unit.getCode(),
                entry.value().toPlainString() + " for " + entry.period().from() + ".." + entry.period().to());
        return value;
    }

    /** Every entry for the indicator, unit and period, newest first, superseded ones included. */
    public List<ReportedValue> history(Actor actor, String indicatorId, String unitCode, Period period) {
        Access.requireManage(actor, unitCode, units.today());
        return em.createQuery("select v from ReportedValue v where v.indicatorId = :indicator and v.unit.code = :unit"
                        + " and v.periodFrom = :from and v.periodTo = :to order by v.enteredAt desc, v.id desc", ReportedValue.class)
                .setParameter("indicator", indicatorId).setParameter("unit", unitCode)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
    }

    /** The values in force for the period: indicator id to unit code to value. */
    public Map<String, Map<String, BigDecimal>> current(Period period) {
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        em.createQuery("select v from ReportedValue v join fetch v.unit where v.supersededAt is null"
                        + " and v.periodFrom = :from and v.periodTo = :to", ReportedValue.class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList()
                .forEach(v -> values.computeIfAbsent(v.getIndicatorId(), k -> new HashMap<>())
                        .put(v.getUnit().getCode(), v.getAmount()));
        return values;
    }

    /** The entries in force for the period within some units, for the report's list of sources. */
    public List<ReportedValue> entries(Period period, Set<String> unitCodes) {
        return em.createQuery("select v from ReportedValue v join fetch v.unit where v.supersededAt is null"
                        + " and v.periodFrom = :from and v.periodTo = :to order by v.indicatorId, v.unit.code", ReportedValue.class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList().stream()
                .filter(v -> unitCodes.contains(v.getUnit().getCode())).toList();
    }

    private List<ReportedValue> current(String indicatorId, Unit unit, Period period) {
        return em.createQuery("select v from ReportedValue v where v.indicatorId = :indicator and v.unit = :unit"
                        + " and v.periodFrom = :from and v.periodTo = :to and v.supersededAt is null", ReportedValue.class)
                .setParameter("indicator", indicatorId).setParameter("unit", unit)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
    }

    private static void validate(Indicator indicator, Entry entry) {
        List<FieldError> errors = new ArrayList<>();
        if (entry.period() == null) {
            errors.add(FieldError.of("period", "indicators.periodInvalid"));
        }
        BigDecimal value = entry.value();
        if (value == null) {
            errors.add(FieldError.of("value", "field.required"));
        } else if (value.signum() < 0 || value.compareTo(indicator.percent() ? HUNDRED : MAX_COUNT) > 0
                || value.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of("value", indicator.percent() ? "reported.percentRange" : "reported.countRange"));
        }
        if (entry.note() != null && entry.note().strip().length() > ReportedValue.NOTE_LENGTH) {
            errors.add(FieldError.of("note", "reported.noteTooLong", ReportedValue.NOTE_LENGTH));
        }
        if (entry.evidenceUrl() != null && !entry.evidenceUrl().isBlank() && !isWebAddress(entry.evidenceUrl().strip())) {
            errors.add(FieldError.of("evidenceUrl", "reported.evidenceInvalid"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    /** Evidence is a link people can open: http or https, no scripts, not too long. */
    private static boolean isWebAddress(String text) {
        if (text.length() > ReportedValue.EVIDENCE_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
