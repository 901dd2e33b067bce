package vn.hocso.platform.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese readers write them, dd/MM/yyyy, in messages of both languages. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
