package vn.hocso.quizzes.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocso.accounts.model.Account;
import vn.hocso.platform.persistence.Identified;

/** A contestant registered for a contest, with the attempt made for them at registration. */
@Entity
@Table(name = "contest_entry")
public class ContestEntry extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "contest_id")
    private Contest contest;
    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @OneToOne(optional = false)
    @JoinColumn(name = "attempt_id")
    private QuizAttempt attempt;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected ContestEntry() {
    }

    public ContestEntry(Contest contest, Account account, QuizAttempt attempt, Instant now) {
        this.contest = contest;
        this.account = account;
        this.attempt = attempt;
        this.registeredAt = now;
    }

    public Contest getContest() {
        return contest;
    }

    public Account getAccount() {
        return account;
    }

    public QuizAttempt getAttempt() {
        return attempt;
    }
}
