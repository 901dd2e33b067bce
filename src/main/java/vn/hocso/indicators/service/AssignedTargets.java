package vn.hocso.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.indicators.calc.Indicator;
import vn.hocso.indicators.model.AssignedTarget;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.FieldError;

/**
 * Targets an organizer assigns to the units directly below theirs ("giao chỉ tiêu"), so the
 * dashboard can tell which commune is behind on a target the plan set for the district.
 */
@ApplicationScoped
public class AssignedTargets {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EntityManager em;
    private Clock clock;
    private UnitService units;
    private CatalogueStore catalogues;
    private AuditLog audit;

    protected AssignedTargets() {
    }

    @Inject
    public AssignedTargets(EntityManager em, Clock clock, UnitService units, CatalogueStore catalogues, AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.units = units;
        this.catalogues = catalogues;
        this.audit = audit;
    }

    /** Every target assigned for the year: indicator id to unit code to target. */
    public Map<String, Map<String, BigDecimal>> forYear(int year) {
        Map<String, Map<String, BigDecimal>> targets = new HashMap<>();
        em.createQuery("select t from AssignedTarget t join fetch t.unit where t.targetYear = :year", AssignedTarget.class)
                .setParameter("year", year).getResultList()
                .forEach(t -> targets.computeIfAbsent(t.getIndicatorId(), k -> new HashMap<>())
                        .put(t.getUnit().getCode(), t.getTarget()));
        return targets;
    }

    /** The units directly below {@code parentCode} in tree order, each with the target assigned to it (null: none). */
    public Map<UnitNode, BigDecimal> ofChildren(Actor actor, String indicatorId, String parentCode, int year) {
        catalogues.indicator(indicatorId); // NOT_FOUND for an unknown indicator
        UnitTree.Snapshot tree = units.today();
        Access.requireManage(actor, parentCode, tree);
        Map<String, BigDecimal> assigned = forYear(year).getOrDefault(indicatorId, Map.of());
        Map<UnitNode, BigDecimal> children = new LinkedHashMap<>();
        tree.children(parentCode).forEach(child -> children.put(child, assigned.get(child.code())));
        return children;
    }

    /** Sets the targets of some children of {@code parentCode}; a null target removes the assignment. */
    @Transactional
    public void assign(Actor actor, String indicatorId, String parentCode, int year, Map<String, BigDecimal> targets) {
        Indicator indicator = catalogues.indicator(indicatorId);
        UnitTree.Snapshot tree = units.today();
        Access.requireManage(actor, parentCode, tree);
        Set<String> children = tree.children(parentCode).stream().map(UnitNode::code).collect(Collectors.toSet());
        validate(indicator, children, targets);
        targets.forEach((code, target) -> {
            AssignedTarget existing = em.createQuery("select t from AssignedTarget t where t.indicatorId = :indicator"
                            + " and t.unit.code = :unit and t.targetYear = :year", AssignedTarget.class)
                    .setParameter("indicator", indicatorId).setParameter("unit", code).setParameter("year", year)
                    .getResultStream().findFirst().orElse(null);
            if (target == null && existing != null) {
                em.remove(existing);
            } else if (target != null) {
                AssignedTarget assigned = existing != null ? existing : new AssignedTarget(indicatorId, units.get(code), year);
                assigned.assign(target, actor.username(), clock.instant());
                if (existing == null) {
                    em.persist(assigned);
                }
            }
        });
        audit.record(actor.username(), "TARGETS_ASSIGN", "indicator:" + indicatorId + ":" + parentCode,
                year + " " + targets);
    }

    private static void validate(Indicator indicator, Set<String> children, Map<String, BigDecimal> targets) {
        List<FieldError> errors = new ArrayList<>();
        targets.forEach((code, target) -> {
            if (!children.contains(code)) {
                errors.add(FieldError.of(code, "targets.notBelow", code));
            } else if (target != null && (target.signum() < 0 || indicator.percent() && target.compareTo(HUNDRED) > 0)) {
                errors.add(FieldError.of(code, indicator.percent() ? "targets.percentRange" : "targets.negative", code));
            }
        });
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
