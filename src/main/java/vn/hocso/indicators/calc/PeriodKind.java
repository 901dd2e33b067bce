package vn.hocso.indicators.calc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A calendar year, the plan's two report periods, or dates an organizer chose. */
public enum PeriodKind {
    YEAR, JUNE_REPORT, DECEMBER_REPORT, CUSTOM;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace("_report", "");
    }

    public static Optional<PeriodKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
