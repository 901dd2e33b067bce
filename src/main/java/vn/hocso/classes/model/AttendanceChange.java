package vn.hocso.classes.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocso.accounts.model.Account;
import vn.hocso.classes.core.AttendanceStatus;
import vn.hocso.platform.persistence.Identified;

/** The history of a mark: who changed it, when, how, from what to what. */
@Entity
@Table(name = "attendance_change")
public class AttendanceChange extends Identified {

    /** Where a change came from. */
    public enum Source {
        TRAINER, SYNC, CHECK_IN, API
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private ClassSession session;
    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;
    @Enumerated(EnumType.STRING)
    @Column(name = "before_status")
    private AttendanceStatus beforeStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "after_status", nullable = false)
    private AttendanceStatus afterStatus;
    @Column(name = "before_remark")
    private String beforeRemark;
    @Column(name = "after_remark")
    private String afterRemark;

    protected AttendanceChange() {
    }

    public AttendanceChange(Attendance attendance, AttendanceStatus beforeStatus, String beforeRemark, String actor,
                            Source source, Instant at) {
        this.session = attendance.getSession();
        this.account = attendance.getAccount();
        this.beforeStatus = beforeStatus;
        this.beforeRemark = beforeRemark;
        this.afterStatus = attendance.getStatus();
        this.afterRemark = attendance.getRemark();
        this.actor = actor;
        this.source = source;
        this.at = at;
    }

    public ClassSession getSession() {
        return session;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Source getSource() {
        return source;
    }

    public AttendanceStatus getBeforeStatus() {
        return beforeStatus;
    }

    public AttendanceStatus getAfterStatus() {
        return afterStatus;
    }

    public String getBeforeRemark() {
        return beforeRemark;
    }

    public String getAfterRemark() {
        return afterRemark;
    }
}
