package vn.hocso.classes.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** Sessions to add, as the form holds them. */
public class SessionsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate firstDay;
    private String startTime = "08:00";
    private String endTime = "10:00";
    private DayOfWeek[] days = new DayOfWeek[0];
    private Integer weeks = 1;

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    /** An array, so Faces converts the checked boxes to weekdays. */
    public DayOfWeek[] getDays() {
        return days.clone();
    }

    public void setDays(DayOfWeek[] days) {
        this.days = days == null ? new DayOfWeek[0] : days.clone();
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }
}
