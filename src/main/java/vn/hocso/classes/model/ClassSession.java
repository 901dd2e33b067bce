package vn.hocso.classes.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocso.classes.core.CheckInCode;
import vn.hocso.classes.core.SessionTime;
import vn.hocso.platform.persistence.Identified;

/** One meeting of a class. */
@Entity
@Table(name = "class_session")
public class ClassSession extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "class_id")
    private TrainingClass trainingClass;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(name = "checkin_secret", nullable = false, length = 64)
    private String checkInSecret;

    protected ClassSession() {
    }

    ClassSession(TrainingClass trainingClass, SessionTime time, String checkInSecret) {
        this.trainingClass = trainingClass;
        this.startsAt = time.start();
        this.endsAt = time.end();
        this.checkInSecret = checkInSecret;
    }

    public SessionTime time() {
        return new SessionTime(startsAt, endsAt);
    }

    public CheckInCode checkInCode() {
        return new CheckInCode(getId(), checkInSecret, time());
    }

    public TrainingClass getTrainingClass() {
        return trainingClass;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
