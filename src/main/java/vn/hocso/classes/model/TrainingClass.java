package vn.hocso.classes.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Unit;
import vn.hocso.classes.core.AttendancePoints;
import vn.hocso.classes.core.ClassDetails;
import vn.hocso.classes.core.ClassKind;
import vn.hocso.classes.core.ClassMode;
import vn.hocso.classes.core.SessionTime;
import vn.hocso.courses.model.Course;
import vn.hocso.platform.persistence.Identified;

/** A class of a course run by a unit: a training class, an outreach event or a contest. */
@Entity
@Table(name = "training_class")
public class TrainingClass extends Identified {

    @Column(nullable = false, length = ClassDetails.TITLE_LENGTH)
    private String title;
    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;
    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClassKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClassMode mode;
    @Column(length = ClassDetails.LOCATION_LENGTH)
    private String location;
    @Column
    private Integer capacity;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Column(name = "attendance_threshold", nullable = false)
    private int attendanceThreshold;
    @Column(name = "points_present", nullable = false)
    private int pointsPresent;
    @Column(name = "points_late", nullable = false)
    private int pointsLate;
    @Column(name = "points_excused", nullable = false)
    private int pointsExcused;
    @Column(name = "points_absent", nullable = false)
    private int pointsAbsent;
    @Column(name = "enrolment_key", nullable = false, length = 16)
    private String enrolmentKey;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @ManyToMany
    @JoinTable(name = "class_trainer", joinColumns = @JoinColumn(name = "class_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private List<Account> trainers = new ArrayList<>();
    @OneToMany(mappedBy = "trainingClass", cascade = CascadeType.ALL)
    @OrderBy("startsAt")
    private List<ClassSession> sessions = new ArrayList<>();
    @Version
    private int version;

    protected TrainingClass() {
    }

    public TrainingClass(ClassDetails details, Course course, Unit unit, String enrolmentKey, String createdBy, Instant now) {
        this.course = course;
        this.enrolmentKey = enrolmentKey;
        this.createdBy = createdBy;
        this.createdAt = now;
        update(details, unit);
    }

    public void update(ClassDetails details, Unit unit) {
        this.title = details.title();
        this.unit = unit;
        this.kind = details.kind();
        this.mode = details.mode();
        this.location = details.location();
        this.capacity = details.capacity();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.attendanceThreshold = details.attendanceThresholdPercent();
        AttendancePoints points = details.points();
        this.pointsPresent = points.present();
        this.pointsLate = points.late();
        this.pointsExcused = points.excused();
        this.pointsAbsent = points.absent();
    }

    public ClassSession addSession(SessionTime time, String checkInSecret) {
        ClassSession session = new ClassSession(this, time, checkInSecret);
        sessions.add(session);
        return session;
    }

    public void addTrainer(Account trainer) {
        if (!trainers.contains(trainer)) {
            trainers.add(trainer);
        }
    }

    public void removeTrainer(Account trainer) {
        trainers.remove(trainer);
    }

    public boolean isTrainer(String username) {
        return trainers.stream().anyMatch(t -> t.getUsername().equals(username));
    }

    public void changeEnrolmentKey(String key) {
        this.enrolmentKey = key;
    }

    public ClassDetails details() {
        return new ClassDetails(title, kind, mode, location, capacity, startDate, endDate, attendanceThreshold, points());
    }

    public AttendancePoints points() {
        return new AttendancePoints(pointsPresent, pointsLate, pointsExcused, pointsAbsent);
    }

    public String getTitle() {
        return title;
    }

    public Course getCourse() {
        return course;
    }

    public Unit getUnit() {
        return unit;
    }

    public ClassKind getKind() {
        return kind;
    }

    public ClassMode getMode() {
        return mode;
    }

    public String getLocation() {
        return location;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getAttendanceThreshold() {
        return attendanceThreshold;
    }

    public String getEnrolmentKey() {
        return enrolmentKey;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<Account> getTrainers() {
        return trainers;
    }

    public List<ClassSession> getSessions() {
        return sessions;
    }
}
