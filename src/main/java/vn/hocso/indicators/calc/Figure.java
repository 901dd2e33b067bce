package vn.hocso.indicators.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.hocso.accounts.core.UnitKind;

/** An indicator's value for a unit and period, with the target that applies and where it stands. */
public record Figure(BigDecimal value, BigDecimal target, Status status) {

    public static Figure of(Indicator indicator, BigDecimal value, Period period, LocalDate today, UnitKind unitKind) {
        return of(value, indicator.targetFor(period.targetYear(), unitKind), period, today);
    }

    public static Figure of(BigDecimal value, BigDecimal target, Period period, LocalDate today) {
        return new Figure(value, target, Status.of(value, target, period, today));
    }

    /** How far to the target, 0–100, for a progress bar; 0 without a target or a value. */
    public int progress() {
        if (target == null || value == null) {
            return 0;
        }
        if (target.signum() == 0) {
            return 100;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.DOWN).min(BigDecimal.valueOf(100))
                .max(BigDecimal.ZERO).intValue();
    }
}
