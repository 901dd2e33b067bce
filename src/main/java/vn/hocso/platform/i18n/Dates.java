package vn.hocso.platform.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.hocso.platform.errors.DomainException;

/** Dates and times as Vietnamese readers write them (dd/MM/yyyy, 24-hour, Vietnam's time). */
public final class Dates {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A month as reports write it: "03/2026". */
    public static String format(YearMonth month) {
        return MONTH.format(month);
    }

    public static String format(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant);
    }

    /** A date as forms and the API send it (yyyy-MM-dd); empty is null; anything else is the field's error. */
    public static LocalDate date(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "field.date");
        }
    }

    /** A time of day (HH:mm); empty is null; anything else is the field's error. */
    public static LocalTime time(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "field.time");
        }
    }
}
