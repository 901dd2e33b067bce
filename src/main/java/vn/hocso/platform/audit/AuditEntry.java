package vn.hocso.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocso.platform.persistence.Identified;

/** Who did what to what, and when: written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends Identified {

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 120)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 200)
    private String target;

    @Column(length = 1000)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String action, String target, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
