package vn.hocso.indicators.calc;

/** Computed from the platform's records, or reported by organizers per unit and period. */
public enum IndicatorKind {
    COMPUTED, REPORTED
}
