package vn.hocso.classes.web;

import java.io.Serializable;
import java.time.LocalDate;
import vn.hocso.accounts.web.UnitOption;
import vn.hocso.classes.core.AttendancePoints;
import vn.hocso.classes.core.ClassKind;
import vn.hocso.classes.core.ClassMode;

/** The fields of a class as the forms hold them. */
public class ClassForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String courseSlug;
    private UnitOption unit;
    private ClassKind kind = ClassKind.TRAINING;
    private ClassMode mode = ClassMode.IN_PERSON;
    private String location;
    private Integer capacity;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer threshold = 80;
    private int present = AttendancePoints.DEFAULT.present();
    private int late = AttendancePoints.DEFAULT.late();
    private int excused = AttendancePoints.DEFAULT.excused();
    private int absent = AttendancePoints.DEFAULT.absent();

    public AttendancePoints points() {
        return new AttendancePoints(present, late, excused, absent);
    }

    public void setPoints(AttendancePoints points) {
        present = points.present();
        late = points.late();
        excused = points.excused();
        absent = points.absent();
    }

    public int getPresent() {
        return present;
    }

    public void setPresent(int present) {
        this.present = present;
    }

    public int getLate() {
        return late;
    }

    public void setLate(int late) {
        this.late = late;
    }

    public int getExcused() {
        return excused;
    }

    public void setExcused(int excused) {
        this.excused = excused;
    }

    public int getAbsent() {
        return absent;
    }

    public void setAbsent(int absent) {
        this.absent = absent;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public void setCourseSlug(String courseSlug) {
        this.courseSlug = courseSlug;
    }

    public UnitOption getUnit() {
        return unit;
    }

    public void setUnit(UnitOption unit) {
        this.unit = unit;
    }

    public ClassKind getKind() {
        return kind;
    }

    public void setKind(ClassKind kind) {
        this.kind = kind;
    }

    public ClassMode getMode() {
        return mode;
    }

    public void setMode(ClassMode mode) {
        this.mode = mode;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }
}
