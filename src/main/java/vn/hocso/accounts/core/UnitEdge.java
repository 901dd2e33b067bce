package vn.hocso.accounts.core;

import java.time.LocalDate;

/** "child belonged to parent from validFrom to validTo (inclusive; null = still does)". */
public record UnitEdge(String child, String parent, LocalDate validFrom, LocalDate validTo) {

    public boolean activeOn(LocalDate date) {
        return Validity.covers(validFrom, validTo, date);
    }
}
