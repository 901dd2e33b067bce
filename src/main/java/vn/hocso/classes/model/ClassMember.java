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
import vn.hocso.platform.persistence.Identified;

/** A learner on a class's roster, and how they got there. */
@Entity
@Table(name = "class_member")
public class ClassMember extends Identified {

    /** How a learner joined: with the key or link, added by a trainer, from a roster file, or on the spot. */
    public enum JoinedBy {
        KEY, TRAINER, IMPORT, WALK_IN
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "class_id")
    private TrainingClass trainingClass;
    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "joined_by", nullable = false)
    private JoinedBy joinedBy;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected ClassMember() {
    }

    public ClassMember(TrainingClass trainingClass, Account account, JoinedBy joinedBy, Instant now) {
        this.trainingClass = trainingClass;
        this.account = account;
        this.joinedBy = joinedBy;
        this.joinedAt = now;
    }

    /** Records completion once; later calls keep the first date. */
    public void complete(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }

    public TrainingClass getTrainingClass() {
        return trainingClass;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public JoinedBy getJoinedBy() {
        return joinedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
