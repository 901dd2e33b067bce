package vn.hocso.accounts.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.hocso.accounts.core.UnitEdge;
import vn.hocso.platform.persistence.Identified;

/** "unit belonged to parent from validFrom to validTo": the tree's dated edges. */
@Entity
@Table(name = "unit_link")
public class UnitLink extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected UnitLink() {
    }

    public UnitLink(Unit unit, Unit parent, LocalDate validFrom) {
        this.unit = unit;
        this.parent = parent;
        this.validFrom = validFrom;
    }

    /** The link holds up to the day before {@code effective}. */
    public void endBefore(LocalDate effective) {
        this.validTo = effective.minusDays(1);
    }

    /** The link holds up to and including {@code lastDay}, when the unit itself ends then. */
    public void endOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    /** A link that would end before it began is dropped instead of being closed. */
    public boolean startsOnOrAfter(LocalDate date) {
        return !validFrom.isBefore(date);
    }

    public UnitEdge toEdge() {
        return new UnitEdge(unit.getCode(), parent.getCode(), validFrom, validTo);
    }

    public Unit getUnit() {
        return unit;
    }

    public Unit getParent() {
        return parent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }
}
