package vn.hocso.indicators.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.hocso.accounts.model.Unit;
import vn.hocso.indicators.calc.Period;
import vn.hocso.platform.persistence.Identified;

/**
 * A value an organizer entered for a reported indicator, a unit and a period, with a note
 * and a link to the evidence. A correction supersedes it; it is never changed or deleted.
 */
@Entity
@Table(name = "reported_value")
public class ReportedValue extends Identified {

    public static final int NOTE_LENGTH = 1000;
    public static final int EVIDENCE_LENGTH = 500;

    @Column(name = "indicator_id", nullable = false)
    private String indicatorId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Column(nullable = false)
    private BigDecimal amount;
    private String note;
    @Column(name = "evidence_url")
    private String evidenceUrl;
    @Column(name = "entered_by", nullable = false)
    private String enteredBy;
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;
    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected ReportedValue() {
    }

    public ReportedValue(String indicatorId, Unit unit, Period period, BigDecimal amount, String note, String evidenceUrl,
                         String enteredBy, Instant enteredAt) {
        this.indicatorId = indicatorId;
        this.unit = unit;
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.amount = amount;
        this.note = note;
        this.evidenceUrl = evidenceUrl;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public void supersede(Instant at) {
        supersededAt = at;
    }

    public boolean isCurrent() {
        return supersededAt == null;
    }

    public String getIndicatorId() {
        return indicatorId;
    }

    public Unit getUnit() {
        return unit;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }
}
