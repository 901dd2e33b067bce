package vn.hocso.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.UnitEdge;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.accounts.model.Unit;
import vn.hocso.accounts.model.UnitLink;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.errors.FieldError;
import vn.hocso.platform.i18n.Dates;

/** The unit tree: reading it is public; changing it is for administrators only. */
@ApplicationScoped
public class UnitService {

    private EntityManager em;
    private Clock clock;
    private AuditLog audit;

    protected UnitService() {
    }

    @Inject
    public UnitService(EntityManager em, Clock clock, AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.audit = audit;
    }

    public UnitTree tree() {
        List<UnitNode> units = em.createQuery("select u from Unit u", Unit.class).getResultList()
                .stream().map(Unit::toNode).toList();
        List<UnitEdge> edges = em.createQuery("select l from UnitLink l", UnitLink.class).getResultList()
                .stream().map(UnitLink::toEdge).toList();
        return new UnitTree(units, edges);
    }

    public UnitTree.Snapshot today() {
        return tree().asOf(LocalDate.now(clock));
    }

    public Optional<Unit> find(String code) {
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /**
     * The units whose learners someone follows: an organizer's or trainer's subtree today,
     * every unit for an administrator; nobody else follows learners.
     */
    public Set<String> followedBy(Actor actor) {
        Access.requireAuthenticated(actor);
        UnitTree.Snapshot tree = today();
        if (actor.isAdmin()) {
            return tree.units().stream().map(UnitNode::code).collect(Collectors.toSet());
        }
        return actor.scope(Role.ORGANIZER).or(() -> actor.scope(Role.TRAINER)).map(tree::subtree)
                .orElseThrow(() -> DomainException.of(Failure.FORBIDDEN, "auth.forbidden"));
    }

    public Unit get(String code) {
        return find(code).orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "unit.unknown", code));
    }

    @Transactional
    public Unit add(Actor actor, String code, String name, UnitKind kind, String parentCode, LocalDate validFrom) {
        Access.requireAdmin(actor);
        String cleanCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (!cleanCode.matches("[A-Z0-9_-]{2," + Unit.CODE_LENGTH + "}")) {
            errors.add(FieldError.of("code", "unit.codeInvalid"));
        } else if (find(cleanCode).isPresent()) {
            errors.add(FieldError.of("code", "unit.codeTaken", cleanCode));
        }
        if (name == null || name.isBlank() || name.strip().length() > Unit.NAME_LENGTH) {
            errors.add(FieldError.of("name", "unit.nameInvalid", Unit.NAME_LENGTH));
        }
        if (kind == null) {
            errors.add(FieldError.of("kind", "field.required"));
        }
        if (validFrom == null) {
            errors.add(FieldError.of("validFrom", "field.required"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Unit unit = new Unit(cleanCode, name.strip(), kind, validFrom);
        em.persist(unit);
        if (parentCode != null && !parentCode.isBlank()) {
            em.persist(new UnitLink(unit, existingOn("parentCode", parentCode, validFrom), validFrom));
        }
        audit.record(actor.username(), "UNIT_ADD", unitTarget(cleanCode), name + " (" + kind + ") under " + parentCode);
        return unit;
    }

    @Transactional
    public void rename(Actor actor, String code, String newName) {
        Access.requireAdmin(actor);
        Unit unit = get(code);
        String oldName = unit.getName();
        unit.rename(requireName(newName));
        audit.record(actor.username(), "UNIT_RENAME", unitTarget(code), oldName + " -> " + newName);
    }

    /** From {@code effective} on, the unit sits under {@code newParentCode}; before, where it was. */
    @Transactional
    public void move(Actor actor, String code, String newParentCode, LocalDate effective) {
        Access.requireAdmin(actor);
        Unit unit = existingOn("code", code, effective);
        Unit parent = existingOn("parentCode", newParentCode, effective);
        if (tree().asOf(effective).isWithin(parent.getCode(), unit.getCode())) {
            throw DomainException.invalid("parentCode", "unit.moveIntoOwnSubtree");
        }
        endOpenLinks(linksRunningOn(unit, effective), effective);
        UnitLink moved = new UnitLink(unit, parent, effective);
        if (unit.getValidTo() != null) {
            moved.endOn(unit.getValidTo());
        }
        em.persist(moved);
        audit.record(actor.username(), "UNIT_MOVE", unitTarget(code), "to " + newParentCode + " from " + effective);
    }

    /**
     * {@code fromCode} ends the day before {@code effective}; its child units move under
     * {@code intoCode}; reports on earlier days still see the old tree, later ones count the
     * merged unit's people under its successor.
     */
    @Transactional
    public void merge(Actor actor, String fromCode, String intoCode, LocalDate effective) {
        Access.requireAdmin(actor);
        Unit from = existingOn("code", fromCode, effective);
        Unit into = existingOn("intoCode", intoCode, effective);
        if (from.equals(into) || tree().asOf(effective).isWithin(intoCode, fromCode)) {
            throw DomainException.invalid("intoCode", "unit.mergeIntoOwnSubtree");
        }
        if (!effective.isAfter(from.getValidFrom())) {
            throw DomainException.invalid("effective", "unit.mergeOnFirstDay", Dates.format(from.getValidFrom()));
        }
        List<UnitLink> childLinks = em.createQuery("select l from UnitLink l where l.parent = :unit and l.validTo is null", UnitLink.class)
                .setParameter("unit", from).getResultList();
        endOpenLinks(childLinks, effective);
        childLinks.forEach(link -> em.persist(new UnitLink(link.getUnit(), into, effective)));
        endOpenLinks(linksRunningOn(from, effective), effective);
        from.mergeInto(into, effective);
        audit.record(actor.username(), "UNIT_MERGE", unitTarget(fromCode), "into " + intoCode + " from " + effective);
    }

    /** The unit's links to a parent that still hold on {@code date} (open, or ending later: a merge ahead). */
    private List<UnitLink> linksRunningOn(Unit unit, LocalDate date) {
        return em.createQuery("select l from UnitLink l where l.unit = :unit and (l.validTo is null or l.validTo >= :date)",
                        UnitLink.class)
                .setParameter("unit", unit).setParameter("date", date).getResultList();
    }

    private void endOpenLinks(List<UnitLink> links, LocalDate effective) {
        for (UnitLink link : links) {
            if (link.startsOnOrAfter(effective)) {
                em.remove(link);
            } else {
                link.endBefore(effective);
            }
        }
    }

    /** The unit, which must exist on {@code date}; errors name {@code field}. */
    private Unit existingOn(String field, String code, LocalDate date) {
        Unit unit = code == null ? null : find(code).orElse(null);
        if (unit == null) {
            throw DomainException.invalid(field, "unit.unknown", code);
        }
        if (!unit.existsOn(date)) {
            throw DomainException.invalid(field, "unit.notExistingOn", code, Dates.format(date));
        }
        return unit;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > Unit.NAME_LENGTH) {
            throw DomainException.invalid("name", "unit.nameInvalid", Unit.NAME_LENGTH);
        }
        return name.strip();
    }

    static String unitTarget(String code) {
        return "unit:" + code;
    }
}
