package vn.hocso.accounts.core;

import java.time.LocalDate;

/** Inclusive date ranges with an open end, as units and tree edges use them. */
final class Validity {

    private Validity() {
    }

    static boolean covers(LocalDate from, LocalDate to, LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
