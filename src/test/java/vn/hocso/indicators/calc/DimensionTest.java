package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DimensionTest {

    /** A consenting woman of 20, union member and digital-team member, nothing else. */
    private static final String LEARNER = "FEMALE|FROM_16_TO_30|YNNYN";
    /** An outreach head count: no account, so none of the flags is known. */
    private static final String OUTREACH = "MALE|OVER_30|UUUUU";

    @Test
    void genderAndAgeGroupComeFromTheirPlaceInTheProfile() {
        assertThat(Dimension.GENDER.bucketOf(LEARNER)).isEqualTo("FEMALE");
        assertThat(Dimension.AGE_GROUP.bucketOf(LEARNER)).isEqualTo("FROM_16_TO_30");
    }

    @Test
    void eachFlagIsReadFromItsOwnPosition() {
        assertThat(Dimension.UNION_MEMBER.bucketOf(LEARNER)).isEqualTo(Dimension.YES);
        assertThat(Dimension.UNION_OFFICIAL.bucketOf(LEARNER)).isEqualTo(Dimension.NO);
        assertThat(Dimension.OCOP_PRODUCER.bucketOf(LEARNER)).isEqualTo(Dimension.NO);
        assertThat(Dimension.DIGITAL_TEAM_MEMBER.bucketOf(LEARNER)).isEqualTo(Dimension.YES);
        assertThat(Dimension.DIFFICULT_AREA.bucketOf(LEARNER)).isEqualTo(Dimension.NO);
    }

    @Test
    void anOutreachHeadCountHasAGenderAndAgeButUnknownFlags() {
        assertThat(Dimension.GENDER.bucketOf(OUTREACH)).isEqualTo("MALE");
        assertThat(Dimension.AGE_GROUP.bucketOf(OUTREACH)).isEqualTo("OVER_30");
        for (Dimension flag : new Dimension[] {Dimension.UNION_MEMBER, Dimension.UNION_OFFICIAL, Dimension.OCOP_PRODUCER,
                Dimension.DIGITAL_TEAM_MEMBER, Dimension.DIFFICULT_AREA}) {
            assertThat(flag.bucketOf(OUTREACH)).as(flag.name()).isEqualTo(Dimension.UNKNOWN);
        }
    }

    @Test
    void aLearnerWithoutConsentIsUndisclosedInEveryPersonalDimension() {
        assertThat(Dimension.personalOnes())
                .allSatisfy(d -> assertThat(d.bucketOf(Dimension.UNDISCLOSED)).as(d.name()).isEqualTo(Dimension.UNDISCLOSED));
    }

    @Test
    void anAttributeNotRecordedIsUnknown() {
        String profile = "UNKNOWN|UNKNOWN|NNNNN";

        assertThat(Dimension.GENDER.bucketOf(profile)).isEqualTo(Dimension.UNKNOWN);
        assertThat(Dimension.AGE_GROUP.bucketOf(profile)).isEqualTo(Dimension.UNKNOWN);
    }

    @Test
    void everyBucketOfAProfileIsOneTheDimensionLists() {
        for (String profile : new String[] {LEARNER, OUTREACH, Dimension.UNDISCLOSED, "OTHER|UNDER_16|NYYNY"}) {
            for (Dimension dimension : Dimension.personalOnes()) {
                assertThat(dimension.buckets()).as(dimension + " " + profile).contains(dimension.bucketOf(profile));
            }
        }
    }

    @Test
    void bucketsAreListedInReportOrder() {
        assertThat(Dimension.GENDER.buckets()).containsExactly("MALE", "FEMALE", "OTHER", Dimension.UNKNOWN, Dimension.UNDISCLOSED);
        assertThat(Dimension.AGE_GROUP.buckets())
                .containsExactly("UNDER_16", "FROM_16_TO_30", "OVER_30", Dimension.UNKNOWN, Dimension.UNDISCLOSED);
        assertThat(Dimension.OCOP_PRODUCER.buckets())
                .containsExactly(Dimension.YES, Dimension.NO, Dimension.UNKNOWN, Dimension.UNDISCLOSED);
    }

    @Test
    void unitAndMonthAreNotAboutTheLearner() {
        assertThat(Dimension.UNIT.personal()).isFalse();
        assertThat(Dimension.MONTH.personal()).isFalse();
        assertThat(Dimension.UNIT.buckets()).isEmpty();
        assertThat(Dimension.personalOnes()).doesNotContain(Dimension.UNIT, Dimension.MONTH).hasSize(7);
        assertThatThrownBy(() -> Dimension.MONTH.bucketOf(LEARNER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFlagDimensionsNameTheirFlag() {
        assertThat(Dimension.OCOP_PRODUCER.flag()).hasValue(LearnerFlag.OCOP_PRODUCER);
        assertThat(Dimension.GENDER.flag()).isEmpty();
    }

    @Test
    void dimensionsAreFoundByTheirCode() {
        assertThat(Dimension.fromCode("ageGroup")).hasValue(Dimension.AGE_GROUP);
        assertThat(Dimension.fromCode("digitalTeamMember")).hasValue(Dimension.DIGITAL_TEAM_MEMBER);
        assertThat(Dimension.fromCode("AGE_GROUP")).isEmpty();
    }
}
