package vn.hocso.indicators.service;

import java.time.LocalDate;
import java.util.List;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.PeriodKind;
import vn.hocso.indicators.calc.ReportCalendar;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.i18n.Dates;

/**
 * The period a request or a form asks for: dates from and to when both are given, else a
 * year's calendar year or report period (this year when no year is given).
 */
public record PeriodChoice(PeriodKind kind, Integer year, LocalDate from, LocalDate to) {

    /** The periods a year offers in filters and forms, as their request codes. */
    public static final List<String> NAMED = List.of(PeriodKind.YEAR.code(), PeriodKind.JUNE_REPORT.code(),
            PeriodKind.DECEMBER_REPORT.code());

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /** From request parameters: period=year|june|december, year=yyyy, from=yyyy-MM-dd, to=yyyy-MM-dd. */
    public static PeriodChoice parse(String kind, Integer year, String from, String to) {
        LocalDate start = Dates.date("from", from);
        LocalDate end = Dates.date("to", to);
        if (start != null || end != null) {
            return new PeriodChoice(PeriodKind.CUSTOM, null, start, end);
        }
        PeriodKind periodKind = kind == null || kind.isBlank() ? PeriodKind.YEAR
                : PeriodKind.fromCode(kind.strip()).filter(k -> k != PeriodKind.CUSTOM)
                .orElseThrow(() -> DomainException.invalid("period", "indicators.periodInvalid"));
        return new PeriodChoice(periodKind, year, null, null);
    }

    public Period resolve(ReportCalendar calendar, LocalDate today) {
        if (kind == PeriodKind.CUSTOM) {
            Period custom = ReportCalendar.custom(from, to);
            if (custom == null) {
                throw DomainException.invalid("from", "indicators.periodInvalid");
            }
            return custom;
        }
        int chosen = year == null ? today.getYear() : year;
        if (chosen < FIRST_YEAR || chosen > LAST_YEAR) {
            throw DomainException.invalid("year", "indicators.periodInvalid");
        }
        return calendar.period(kind, chosen);
    }
}
