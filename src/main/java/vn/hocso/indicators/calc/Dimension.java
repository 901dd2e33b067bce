package vn.hocso.indicators.calc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a figure can be broken down by. The personal ones use only learners who consented
 * to anonymous statistics; the others fall in {@link #UNDISCLOSED}.
 */
public enum Dimension {
    UNIT("unit", null),
    MONTH("month", null),
    GENDER("gender", null),
    AGE_GROUP("ageGroup", null),
    UNION_MEMBER("unionMember", LearnerFlag.UNION_MEMBER),
    UNION_OFFICIAL("unionOfficial", LearnerFlag.UNION_OFFICIAL),
    OCOP_PRODUCER("ocopProducer", LearnerFlag.OCOP_PRODUCER),
    DIGITAL_TEAM_MEMBER("digitalTeamMember", LearnerFlag.DIGITAL_TEAM_MEMBER),
    DIFFICULT_AREA("difficultArea", LearnerFlag.DIFFICULT_AREA);

    /** The bucket of learners who did not consent to statistics: nothing about them is used. */
    public static final String UNDISCLOSED = "UNDISCLOSED";
    /** The bucket of people whose attribute is not recorded (or outreach head counts, for flags). */
    public static final String UNKNOWN = "UNKNOWN";
    public static final String YES = "YES";
    public static final String NO = "NO";

    private final String code;
    private final LearnerFlag flag;

    Dimension(String code, LearnerFlag flag) {
        this.code = code;
        this.flag = flag;
    }

    public String code() {
        return code;
    }

    /** The flag this dimension splits by, if it is one of the plan's flags. */
    public Optional<LearnerFlag> flag() {
        return Optional.ofNullable(flag);
    }

    public boolean personal() {
        return this != UNIT && this != MONTH;
    }

    /** The buckets in the order reports list them. */
    public List<String> buckets() {
        return switch (this) {
            case UNIT, MONTH -> List.of();
            case GENDER -> List.of("MALE", "FEMALE", "OTHER", UNKNOWN, UNDISCLOSED);
            case AGE_GROUP -> List.of("UNDER_16", "FROM_16_TO_30", "OVER_30", UNKNOWN, UNDISCLOSED);
            default -> List.of(YES, NO, UNKNOWN, UNDISCLOSED);
        };
    }

    /**
     * The bucket of a profile key "GENDER|AGE_GROUP|flags" (flags Y, N or U, in the order of
     * {@link LearnerFlag}) this dimension puts it in.
     */
    public String bucketOf(String profile) {
        if (UNDISCLOSED.equals(profile)) {
            return UNDISCLOSED;
        }
        String[] parts = profile.split("\\|", -1);
        return switch (this) {
            case UNIT, MONTH -> throw new IllegalStateException(this + " is not about the learner's profile");
            case GENDER -> parts[0];
            case AGE_GROUP -> parts[1];
            default -> switch (parts[2].charAt(flag.ordinal())) {
                case 'Y' -> YES;
                case 'N' -> NO;
                default -> UNKNOWN;
            };
        };
    }

    public static Optional<Dimension> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }

    public static List<Dimension> personalOnes() {
        return Arrays.stream(values()).filter(Dimension::personal).toList();
    }
}
