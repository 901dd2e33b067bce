package vn.hocso.classes.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.hocso.platform.errors.DomainException;

/**
 * Sessions as a trainer plans them: one day, or the same hours on some weekdays for a number
 * of weeks ("every Saturday for 4 weeks"), in local time.
 */
public record SessionPlan(LocalDate firstDay, LocalTime startTime, LocalTime endTime, Set<DayOfWeek> days, int weeks) {

    public static final int MAX_WEEKS = 52;

    public SessionPlan {
        if (firstDay == null) {
            throw DomainException.invalid("firstDay", "field.required");
        }
        if (startTime == null || endTime == null || !endTime.isAfter(startTime)) {
            throw DomainException.invalid("endTime", "session.endBeforeStart");
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw DomainException.invalid("weeks", "session.weeksRange", MAX_WEEKS);
        }
        days = days == null || days.isEmpty() ? EnumSet.of(firstDay.getDayOfWeek()) : EnumSet.copyOf(days);
    }

    public static SessionPlan single(LocalDate day, LocalTime start, LocalTime end) {
        return new SessionPlan(day, start, end, Set.of(), 1);
    }

    /** Every session, in order: the chosen weekdays of the weeks that start on the first day. */
    public List<SessionTime> times(ZoneId zone) {
        List<SessionTime> times = new ArrayList<>();
        LocalDate end = firstDay.plusWeeks(weeks);
        for (LocalDate day = firstDay; day.isBefore(end); day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())) {
                times.add(new SessionTime(day.atTime(startTime).atZone(zone).toInstant(),
                        day.atTime(endTime).atZone(zone).toInstant()));
            }
        }
        return times;
    }
}
