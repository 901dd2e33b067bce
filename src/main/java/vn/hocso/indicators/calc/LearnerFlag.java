package vn.hocso.indicators.calc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The groups the plan singles out, as recorded on each learner's profile. */
public enum LearnerFlag {
    UNION_MEMBER, UNION_OFFICIAL, OCOP_PRODUCER, DIGITAL_TEAM_MEMBER, DIFFICULT_AREA;

    /** The account column that holds the flag. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LearnerFlag> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }
}
