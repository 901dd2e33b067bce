package vn.hocso.indicators.calc;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where an indicator stands against its target: met; on track while the period runs and the
 * value keeps pace with the share of the period gone by; behind otherwise.
 */
public enum Status {
    MET, ON_TRACK, BEHIND, NO_TARGET,
    /** Nothing to measure: no share without anyone in the denominator, no value not yet reported. */
    NO_DATA;

    public static Status of(BigDecimal value, BigDecimal target, Period period, LocalDate today) {
        if (value == null) {
            return NO_DATA;
        }
        if (target == null) {
            return NO_TARGET;
        }
        BigDecimal reached = value;
        if (reached.compareTo(target) >= 0) {
            return MET;
        }
        double elapsed = period.elapsed(today);
        if (elapsed < 1 && reached.doubleValue() >= target.doubleValue() * elapsed) {
            return ON_TRACK;
        }
        return BEHIND;
    }
}
