package vn.hocso.accounts.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.platform.persistence.Identified;

/** A Youth Union unit. Its place in the tree lives in {@link UnitLink}s, dated. */
@Entity
@Cacheable
@Table(name = "unit")
public class Unit extends Identified {

    public static final int CODE_LENGTH = 32;
    public static final int NAME_LENGTH = 200;

    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne
    @JoinColumn(name = "merged_into_id")
    private Unit mergedInto;

    @Version
    private int version;

    protected Unit() {
    }

    public Unit(String code, String name, UnitKind kind, LocalDate validFrom) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.validFrom = validFrom;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** The unit ends the day before {@code effective}; from then on {@code successor} stands for it. */
    public void mergeInto(Unit successor, LocalDate effective) {
        this.validTo = effective.minusDays(1);
        this.mergedInto = successor;
    }

    public boolean existsOn(LocalDate date) {
        return toNode().existsOn(date);
    }

    public UnitNode toNode() {
        return new UnitNode(code, name, kind, validFrom, validTo, mergedInto == null ? null : mergedInto.getCode());
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Unit getMergedInto() {
        return mergedInto;
    }
}
