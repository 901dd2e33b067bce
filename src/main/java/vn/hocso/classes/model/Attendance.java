package vn.hocso.classes.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.hocso.accounts.model.Account;
import vn.hocso.classes.core.AttendanceStatus;
import vn.hocso.platform.persistence.Identified;

/** A learner's mark for one session. */
@Entity
@Table(name = "attendance")
public class Attendance extends Identified {

    public static final int REMARK_LENGTH = 300;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private ClassSession session;
    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceStatus status;
    @Column(length = REMARK_LENGTH)
    private String remark;
    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;
    @Column(name = "marked_by", nullable = false)
    private String markedBy;

    protected Attendance() {
    }

    public Attendance(ClassSession session, Account account) {
        this.session = session;
        this.account = account;
    }

    /**
     * Takes the mark unless a mark taken later is already here (an offline phone syncing an
     * older mark); true when the status or remark changed.
     */
    public boolean mark(AttendanceStatus newStatus, String newRemark, Instant takenAt, String by) {
        if (markedAt != null && takenAt.isBefore(markedAt)) {
            return false;
        }
        boolean changed = newStatus != status || !Objects.equals(newRemark, remark);
        status = newStatus;
        remark = newRemark;
        markedAt = takenAt;
        markedBy = by;
        return changed;
    }

    public boolean isNew() {
        return status == null;
    }

    public ClassSession getSession() {
        return session;
    }

    public Account getAccount() {
        return account;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public String getRemark() {
        return remark;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    public String getMarkedBy() {
        return markedBy;
    }
}
