package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hocso.indicators.calc.DistrictFixture.district;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.courses.content.LocalizedText;

class BreakdownTest {

    private static final LocalizedText TITLE = new LocalizedText("Chỉ tiêu", "Indicator");
    private static final Indicator PEOPLE = Indicator.computed("S1", Section.PLAN, TITLE, new LocalizedText("lượt người", null),
            Map.of(), null, Measure.PEOPLE_REACHED, Set.of(), null, true);
    private static final Indicator OCOP_SHARE = Indicator.computed("E2", Section.PLAN, TITLE, new LocalizedText("%", "%"),
            Map.of(), null, Measure.FLAGGED_SHARE_COMPLETED, Set.of(), LearnerFlag.OCOP_PRODUCER, true);

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Test
    void aCountByGenderListsEveryBucketInOrderEmptyOnesToo() {
        Map<String, Amount> byProfile = new LinkedHashMap<>();
        byProfile.put("FEMALE|FROM_16_TO_30|YNNYN", new Amount(3, 0));
        byProfile.put("MALE|OVER_30|UUUUU", new Amount(10, 0));
        byProfile.put("FEMALE|UNDER_16|NNNNN", new Amount(2, 0));
        byProfile.put(Dimension.UNDISCLOSED, new Amount(4, 0));

        Breakdown breakdown = Breakdown.byPeople(PEOPLE, Dimension.GENDER, byProfile);

        assertThat(breakdown.indicator()).isSameAs(PEOPLE);
        assertThat(breakdown.by()).isEqualTo(Dimension.GENDER);
        assertThat(breakdown.rows()).extracting(Breakdown.Row::key, r -> text(r.value()), Breakdown.Row::count)
                .containsExactly(
                        tuple("MALE", "10", 10L),
                        tuple("FEMALE", "5", 5L),
                        tuple("OTHER", "0", 0L),
                        tuple(Dimension.UNKNOWN, "0", 0L),
                        tuple(Dimension.UNDISCLOSED, "4", 4L));
    }

    @Test
    void aCountByFlagPutsOutreachHeadCountsInUnknown() {
        Map<String, Amount> byProfile = Map.of(
                "FEMALE|FROM_16_TO_30|YNNYN", new Amount(3, 0),
                "MALE|OVER_30|UUUUU", new Amount(10, 0));

        Breakdown breakdown = Breakdown.byPeople(PEOPLE, Dimension.UNION_MEMBER, byProfile);

        assertThat(breakdown.rows()).extracting(Breakdown.Row::key, Breakdown.Row::count).containsExactly(
                tuple(Dimension.YES, 3L), tuple(Dimension.NO, 0L), tuple(Dimension.UNKNOWN, 10L), tuple(Dimension.UNDISCLOSED, 0L));
    }

    @Test
    void aShareByAgeGroupCountsTheGroupBehindEachRow() {
        Map<String, Amount> byProfile = Map.of(
                "FEMALE|FROM_16_TO_30|NNYNN", new Amount(1, 2),
                "MALE|FROM_16_TO_30|NNYNN", new Amount(2, 2),
                "MALE|OVER_30|NNYNN", new Amount(0, 3),
                Tally.NO_KEY, new Amount(0, 50));

        Breakdown breakdown = Breakdown.byPeople(OCOP_SHARE, Dimension.AGE_GROUP, byProfile);

        assertThat(breakdown.rows()).extracting(Breakdown.Row::key, r -> text(r.value()), Breakdown.Row::count)
                .containsExactly(
                        tuple("UNDER_16", null, 0L),
                        tuple("FROM_16_TO_30", "75.0", 4L),
                        tuple("OVER_30", "0.0", 3L),
                        tuple(Dimension.UNKNOWN, null, 0L),
                        tuple(Dimension.UNDISCLOSED, null, 0L));
    }

    @Test
    void nothingCountedStillListsEveryBucket() {
        Breakdown breakdown = Breakdown.byPeople(PEOPLE, Dimension.DIFFICULT_AREA, Map.of());

        assertThat(breakdown.rows()).extracting(Breakdown.Row::key).containsExactlyElementsOf(Dimension.DIFFICULT_AREA.buckets());
        assertThat(breakdown.rows()).allSatisfy(row -> assertThat(row.count()).isZero());
    }

    @Test
    void byUnitAndByMonthFollowTheDashboardLine() {
        UnitTree.Snapshot tree = district().on(LocalDate.of(2026, 6, 14));
        Period june = ReportCalendar.PLAN_273.period(PeriodKind.JUNE_REPORT, 2026);
        Tally counts = new Tally(List.of(new Tally.Row("AP1", "2026-02", 3, 0), new Tally.Row("CQ", "2026-03", 2, 0)));
        Dashboard.Line line = new Scorecard(UnitScope.of(tree, "HUYEN"), june, LocalDate.of(2026, 7, 1), Map.of()).computed(PEOPLE, counts);

        Breakdown byUnit = Breakdown.byUnit(line);
        Breakdown byMonth = Breakdown.byMonth(line);

        assertThat(byUnit.by()).isEqualTo(Dimension.UNIT);
        assertThat(byUnit.rows()).extracting(Breakdown.Row::key, r -> text(r.value()))
                .containsExactly(tuple("HUYEN", "0"), tuple("XA_A", "3"), tuple("XA_B", "0"), tuple("CQ", "2"));
        assertThat(byUnit.rows()).allSatisfy(row -> assertThat(row.figure()).isNotNull());
        assertThat(byMonth.by()).isEqualTo(Dimension.MONTH);
        assertThat(byMonth.rows()).extracting(Breakdown.Row::key, r -> text(r.value())).containsExactly(
                tuple("2025-12", "0"), tuple("2026-01", "0"), tuple("2026-02", "3"), tuple("2026-03", "2"),
                tuple("2026-04", "0"), tuple("2026-05", "0"), tuple("2026-06", "0"));
    }
}
