package vn.hocso.indicators.calc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Days from {@code from} to {@code to}, both included, in Viet Nam. */
public record Period(PeriodKind kind, LocalDate from, LocalDate to) {

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends after it starts: " + from + ".." + to);
        }
    }

    /** The year whose targets apply: the one the period ends in. */
    public int targetYear() {
        return to.getYear();
    }

    /** The calendar months the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The period cut at the ends of months: the part month it starts in, the whole months, the part month it ends in. */
    public List<Period> monthPieces() {
        List<Period> pieces = new ArrayList<>();
        for (YearMonth month : months()) {
            LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            pieces.add(new Period(PeriodKind.CUSTOM, first, last));
        }
        return pieces;
    }

    /** The share of the period gone by on {@code today}: 0 before it, 1 after it. */
    public double elapsed(LocalDate today) {
        if (today.isBefore(from)) {
            return 0;
        }
        if (!today.isBefore(to)) {
            return 1;
        }
        return (ChronoUnit.DAYS.between(from, today) + 1.0) / (ChronoUnit.DAYS.between(from, to) + 1.0);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
