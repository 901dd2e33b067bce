package vn.hocso.accounts.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocso.platform.persistence.Identified;

/**
 * A code an organizer hands to a learner (on paper, by phone) so the learner can set a
 * new password. Only its hash is stored; it works once and expires.
 */
@Entity
@Table(name = "one_time_code")
public class OneTimeCode extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "code_hash", nullable = false, length = 200)
    private String codeHash;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeCode() {
    }

    public OneTimeCode(Account account, String codeHash, String createdBy, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.codeHash = codeHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public Account getAccount() {
        return account;
    }

    public String getCodeHash() {
        return codeHash;
    }
}
