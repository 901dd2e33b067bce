package vn.hocso.certificates.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.hocso.accounts.model.Unit;
import vn.hocso.platform.persistence.Identified;

/** The last certificate number a unit gave in a year; read under a lock, so numbers never repeat. */
@Entity
@Table(name = "certificate_counter")
public class CertificateCounter extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;
    @Column(name = "issue_year", nullable = false)
    private int year;
    @Column(name = "last_number", nullable = false)
    private int last;

    protected CertificateCounter() {
    }

    public CertificateCounter(Unit unit, int year) {
        this.unit = unit;
        this.year = year;
    }

    public int next() {
        return ++last;
    }
}
