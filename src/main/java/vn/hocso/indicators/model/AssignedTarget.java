package vn.hocso.indicators.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import vn.hocso.accounts.model.Unit;
import vn.hocso.platform.persistence.Identified;

/** The target a unit above assigned to a unit for an indicator and a year; it overrides the catalogue's for that unit. */
@Entity
@Table(name = "assigned_target")
public class AssignedTarget extends Identified {

    @Column(name = "indicator_id", nullable = false)
    private String indicatorId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;
    @Column(name = "target_year", nullable = false)
    private int targetYear;
    @Column(nullable = false)
    private BigDecimal target;
    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected AssignedTarget() {
    }

    public AssignedTarget(String indicatorId, Unit unit, int targetYear) {
        this.indicatorId = indicatorId;
        this.unit = unit;
        this.targetYear = targetYear;
    }

    public void assign(BigDecimal newTarget, String by, Instant at) {
        target = newTarget;
        assignedBy = by;
        assignedAt = at;
    }

    public String getIndicatorId() {
        return indicatorId;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getTargetYear() {
        return targetYear;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
