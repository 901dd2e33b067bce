package vn.hocso.indicators.calc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a computed indicator counts from the platform's own records. */
public enum Measure {
    /** Course completions + class attendances (present or late) + outreach head counts, as person-times. */
    PEOPLE_REACHED(false, true, false),
    /** Training classes that started in the period and had someone attend. */
    CLASSES_HELD(false, false, false),
    /** The share of learners with a flag who completed a course of the categories. */
    FLAGGED_SHARE_COMPLETED(true, true, true),
    /** Different learners who enrolled in the period. */
    LEARNERS(false, true, false),
    ENROLMENTS(false, true, false),
    COMPLETIONS(false, true, false),
    /** Certificates issued in the period and still valid. */
    CERTIFICATES(false, true, false),
    /** Class sessions that took place in the period. */
    SESSIONS(false, false, false),
    /** Present or late marks among all marks of the period's sessions. */
    ATTENDANCE_RATE(true, true, false);

    private final boolean percent;
    private final boolean aboutPeople;
    private final boolean cumulative;

    Measure(boolean percent, boolean aboutPeople, boolean cumulative) {
        this.percent = percent;
        this.aboutPeople = aboutPeople;
        this.cumulative = cumulative;
    }

    /** A share in percent (numerator over denominator) rather than a count. */
    public boolean percent() {
        return percent;
    }

    /** Counts people, so it breaks down by gender, age group and the plan's flags. */
    public boolean aboutPeople() {
        return aboutPeople;
    }

    /** Its month-by-month trend accumulates (a share reached so far), rather than counting each month. */
    public boolean cumulative() {
        return cumulative;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Measure> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}
