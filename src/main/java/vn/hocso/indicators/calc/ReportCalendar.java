package vn.hocso.indicators.calc;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/**
 * The periods reports are made for. The plan reports every June and December over periods
 * that start on 15 December of the year before: 15/12–14/06 and 15/12–14/12. Both dates
 * are configurable, as other plans count differently.
 */
public record ReportCalendar(MonthDay reportYearStart, MonthDay midYearEnd) {

    public static final ReportCalendar PLAN_273 = new ReportCalendar(MonthDay.of(12, 15), MonthDay.of(6, 14));
    /** Longer custom periods would make a dashboard of a decade's records: nobody reports that. */
    public static final int MAX_CUSTOM_DAYS = 5 * 366;

    public Period period(PeriodKind kind, int year) {
        return switch (kind) {
            case YEAR -> new Period(kind, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            case JUNE_REPORT -> new Period(kind, reportYearStart(year), midYearEnd.atYear(year));
            case DECEMBER_REPORT -> new Period(kind, reportYearStart(year), reportYearStart(year + 1).minusDays(1));
            case CUSTOM -> throw new IllegalArgumentException("A custom period has its own dates");
        };
    }

    /** Dates an organizer chose; null when they are missing, reversed or span more than five years. */
    public static Period custom(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_CUSTOM_DAYS) {
            return null;
        }
        return new Period(PeriodKind.CUSTOM, from, to);
    }

    /** The report year that ends in {@code year} starts in the year before (or in the same year, for a January start). */
    private LocalDate reportYearStart(int year) {
        LocalDate start = reportYearStart.atYear(year);
        return start.isAfter(midYearEnd.atYear(year)) ? start.minusYears(1) : start;
    }
}
