package vn.hocso.accounts.core;

import java.time.LocalDate;

/**
 * A unit as the tree sees it. {@code validTo} is the last day the unit existed (null while
 * it exists); a unit merged into another names it in {@code mergedInto}.
 */
public record UnitNode(String code, String name, UnitKind kind, LocalDate validFrom, LocalDate validTo, String mergedInto) {

    public boolean existsOn(LocalDate date) {
        return Validity.covers(validFrom, validTo, date);
    }
}
