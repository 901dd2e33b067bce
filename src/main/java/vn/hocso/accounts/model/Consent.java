package vn.hocso.accounts.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocso.accounts.core.ConsentPurpose;
import vn.hocso.platform.persistence.Identified;

/** One consent for one purpose, with when it was given, under which notice, and by whom. */
@Entity
@Table(name = "consent")
public class Consent extends Identified {

    /** The person, or their guardian for a learner under 16. */
    public enum GivenBy { SELF, GUARDIAN }

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ConsentPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", nullable = false, length = 12)
    private GivenBy givenBy;

    @Column(name = "notice_version", nullable = false, length = 16)
    private String noticeVersion;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Consent() {
    }

    Consent(Account account, ConsentPurpose purpose, GivenBy givenBy, String noticeVersion, Instant givenAt) {
        this.account = account;
        this.purpose = purpose;
        this.givenBy = givenBy;
        this.noticeVersion = noticeVersion;
        this.givenAt = givenAt;
    }

    public void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public GivenBy getGivenBy() {
        return givenBy;
    }

    public String getNoticeVersion() {
        return noticeVersion;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
