package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hocso.indicators.calc.DistrictFixture.district;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.courses.content.LocalizedText;

class ScorecardTest {

    /** 15/12/2025–14/06/2026: December to June, seven months. */
    private static final Period JUNE_2026 = ReportCalendar.PLAN_273.period(PeriodKind.JUNE_REPORT, 2026);
    private static final LocalDate AFTER = LocalDate.of(2026, 7, 1);
    private static final LocalDate MERGER = LocalDate.of(2026, 3, 1);
    private static final LocalizedText TITLE = new LocalizedText("Chỉ tiêu", "Indicator");
    private static final LocalizedText PERCENT = new LocalizedText("%", "%");

    private static final Indicator DISTRICT_CLASSES = computed("T2", Measure.CLASSES_HELD, UnitKind.DISTRICT_UNION, 10);
    private static final Indicator PEOPLE = computed("S1", Measure.PEOPLE_REACHED, null, 10);
    private static final Indicator ATTENDANCE = Indicator.computed("A7", Section.ACTIVITY, TITLE, PERCENT, Map.of(), null,
            Measure.ATTENDANCE_RATE, Set.of(), null, true);
    private static final Indicator OCOP_SHARE = Indicator.computed("E2", Section.PLAN, TITLE, PERCENT,
            Map.of(2030, BigDecimal.valueOf(100)), null, Measure.FLAGGED_SHARE_COMPLETED, Set.of(), LearnerFlag.OCOP_PRODUCER, true);
    private static final Indicator MODELS = Indicator.reported("S6", Section.PLAN, TITLE, new LocalizedText("mô hình", "models"),
            Map.of(2030, BigDecimal.ONE), null, RollUp.SUM);
    private static final Indicator SOFTWARE_SHARE = Indicator.reported("G1", Section.PLAN, TITLE, PERCENT,
            Map.of(2030, BigDecimal.valueOf(100)), null, RollUp.MEAN);

    /** Counts per unit and month; ELSEWHERE is outside the district and must never count. */
    private static final Tally COUNTS = new Tally(List.of(
            row("HUYEN", "2026-01", 1, 0),
            row("XA_A", "2025-12", 2, 0),
            row("AP1", "2026-02", 3, 0),
            row("XA_B", "2026-02", 4, 0),
            row("CQ", "2026-03", 5, 0),
            row("ELSEWHERE", "2026-03", 100, 0)));

    private static Indicator computed(String id, Measure measure, UnitKind appliesTo, int target2030) {
        return Indicator.computed(id, Section.PLAN, TITLE, new LocalizedText("lượt", "times"),
                Map.of(2030, BigDecimal.valueOf(target2030)), appliesTo, measure, Set.of(), null, true);
    }

    private static Tally.Row row(String unit, String key, long numerator, long denominator) {
        return new Tally.Row(unit, key, numerator, denominator);
    }

    private static Scorecard card(UnitTree.Snapshot tree) {
        return new Scorecard(UnitScope.of(tree, "HUYEN"), JUNE_2026, AFTER, Map.of());
    }

    private static UnitTree.Snapshot beforeMerger() {
        return district().on(JUNE_2026.to());
    }

    private static UnitTree.Snapshot afterMerger() {
        return district().merged("XA_B", "XA_A", MERGER).on(JUNE_2026.to());
    }

    /** Values as plain text, so "30.0" and "30" are told apart and null stays null. */
    private static List<String> values(List<Dashboard.Point> trend) {
        return trend.stream().map(p -> p.value() == null ? null : p.value().toPlainString()).toList();
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Test
    void aComputedFigureAddsUpTheWholeSubtreeAndNothingElse() {
        Dashboard.Line line = card(beforeMerger()).computed(DISTRICT_CLASSES, COUNTS);

        assertThat(line.indicator()).isSameAs(DISTRICT_CLASSES);
        assertThat(line.figure().value()).isEqualByComparingTo("15");
        assertThat(line.figure().target()).isEqualByComparingTo("10");
        assertThat(line.figure().status()).isEqualTo(Status.MET);
    }

    @Test
    void thePartsOfAComputedFigureAddUpToTheWhole() {
        Dashboard.Line line = card(beforeMerger()).computed(DISTRICT_CLASSES, COUNTS);

        assertThat(line.parts()).extracting(p -> p.unit().code(), Dashboard.Part::direct, p -> text(p.figure().value()))
                .containsExactly(tuple("HUYEN", true, "1"), tuple("XA_A", false, "5"), tuple("XA_B", false, "4"),
                        tuple("CQ", false, "5"));
        assertThat(line.parts().stream().map(p -> p.figure().value()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(line.figure().value());
    }

    @Test
    void theDirectPartCarriesNoTargetOfItsOwn() {
        Dashboard.Part direct = card(beforeMerger()).computed(PEOPLE, COUNTS).parts().get(0);

        assertThat(direct.direct()).isTrue();
        assertThat(direct.figure().target()).isNull();
        assertThat(direct.figure().status()).isEqualTo(Status.NO_TARGET);
    }

    @Test
    void aChildPartHasTheTargetForItsKindOfUnit() {
        Dashboard.Line districtOnly = card(beforeMerger()).computed(DISTRICT_CLASSES, COUNTS);
        Dashboard.Line everyUnit = card(beforeMerger()).computed(PEOPLE, COUNTS);

        assertThat(districtOnly.parts().subList(1, 4)).allSatisfy(part -> {
            assertThat(part.figure().target()).isNull();
            assertThat(part.figure().status()).isEqualTo(Status.NO_TARGET);
        });
        assertThat(everyUnit.parts().subList(1, 4)).allSatisfy(part -> {
            assertThat(part.figure().target()).isEqualByComparingTo("10");
            assertThat(part.figure().status()).isEqualTo(Status.BEHIND);
        });
    }

    @Test
    void aCommuneMergedIntoAnotherMidYearCountsUnderItsSuccessor() {
        Dashboard.Line line = card(afterMerger()).computed(DISTRICT_CLASSES, COUNTS);

        assertThat(line.figure().value()).isEqualByComparingTo("15");
        assertThat(line.parts()).extracting(p -> p.unit().code(), p -> text(p.figure().value()))
                .containsExactly(tuple("HUYEN", "1"), tuple("XA_A", "9"), tuple("CQ", "5"));
    }

    @Test
    void theTrendCountsEachMonthOfThePeriodEmptyOnesToo() {
        Dashboard.Line line = card(beforeMerger()).computed(DISTRICT_CLASSES, COUNTS);

        assertThat(line.trend()).extracting(p -> p.month().toString())
                .containsExactly("2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
        assertThat(values(line.trend())).containsExactly("2", "1", "7", "5", "0", "0", "0");
    }

    @Test
    void aShareRateIsWorkedOutMonthByMonth() {
        Tally marks = new Tally(List.of(
                row("XA_A", "2026-01", 3, 4),
                row("CQ", "2026-01", 1, 4),
                row("XA_B", "2026-03", 2, 2)));

        Dashboard.Line line = card(beforeMerger()).computed(ATTENDANCE, marks);

        assertThat(line.figure().value()).isEqualTo(new BigDecimal("60.0"));
        assertThat(line.figure().status()).isEqualTo(Status.NO_TARGET);
        assertThat(values(line.trend())).as("a month without marks has no rate")
                .containsExactly(null, "50.0", null, "100.0", null, null, null);
    }

    @Test
    void aFlaggedShareTrendIsTheShareReachedByTheEndOfEachMonth() {
        Tally completions = new Tally(List.of(
                row("XA_A", Tally.NO_KEY, 0, 6),
                row("CQ", Tally.NO_KEY, 0, 4),
                row("XA_A", "2025-12", 1, 0),
                row("XA_A", "2026-02", 2, 0),
                row("CQ", "2026-04", 1, 0)));

        Dashboard.Line line = card(beforeMerger()).computed(OCOP_SHARE, completions);

        assertThat(line.figure().value()).isEqualTo(new BigDecimal("40.0"));
        assertThat(line.figure().target()).isEqualByComparingTo("100");
        assertThat(line.figure().status()).isEqualTo(Status.BEHIND);
        assertThat(values(line.trend())).containsExactly("10.0", "10.0", "30.0", "30.0", "40.0", "40.0", "40.0");
    }

    @Test
    void theTrendEndsAtTheFiguresValue() {
        Tally completions = new Tally(List.of(
                row("AP1", Tally.NO_KEY, 0, 3),
                row("AP1", "2026-05", 1, 0)));

        Dashboard.Line line = card(beforeMerger()).computed(OCOP_SHARE, completions);

        assertThat(line.trend().get(line.trend().size() - 1).value()).isEqualTo(line.figure().value());
    }

    @Test
    void aFlaggedShareOfPartsWithNobodyFlaggedHasNoData() {
        Tally completions = new Tally(List.of(
                row("XA_A", Tally.NO_KEY, 0, 6),
                row("CQ", Tally.NO_KEY, 0, 4),
                row("XA_A", "2026-02", 3, 0),
                row("CQ", "2026-04", 1, 0)));

        Dashboard.Line line = card(beforeMerger()).computed(OCOP_SHARE, completions);

        assertThat(line.parts()).extracting(p -> p.unit().code(), p -> text(p.figure().value()), p -> p.figure().status())
                .containsExactly(
                        tuple("HUYEN", null, Status.NO_DATA),
                        tuple("XA_A", "50.0", Status.BEHIND),
                        tuple("XA_B", null, Status.NO_DATA),
                        tuple("CQ", "25.0", Status.BEHIND));
    }

    @Test
    void aFlaggedShareWithNobodyFlaggedHasNoValueAnyMonth() {
        Dashboard.Line line = card(beforeMerger()).computed(OCOP_SHARE, new Tally(List.of()));

        assertThat(line.figure().value()).isNull();
        assertThat(line.figure().status()).isEqualTo(Status.NO_DATA);
        assertThat(line.trend()).hasSize(7).allSatisfy(point -> assertThat(point.value()).isNull());
    }

    @Test
    void aReportedSumAddsUpWhatTheSubtreeEntered() {
        Map<String, BigDecimal> entered = Map.of("HUYEN", BigDecimal.ONE, "XA_A", BigDecimal.valueOf(2),
                "AP1", BigDecimal.ONE, "CQ", BigDecimal.ONE, "ELSEWHERE", BigDecimal.valueOf(9));

        Dashboard.Line line = card(beforeMerger()).reported(MODELS, entered, beforeMerger());

        assertThat(line.figure().value()).isEqualByComparingTo("5");
        assertThat(line.figure().status()).isEqualTo(Status.MET);
        assertThat(line.trend()).isEmpty();
        assertThat(line.parts()).extracting(p -> p.unit().code(), p -> text(p.figure().value()), p -> p.figure().status())
                .containsExactly(
                        tuple("HUYEN", "1", Status.NO_TARGET),
                        tuple("XA_A", "3", Status.MET),
                        tuple("XA_B", null, Status.NO_DATA),
                        tuple("CQ", "1", Status.MET));
    }

    @Test
    void aReportedSumCountsWhatAMergedCommuneEnteredUnderItsSuccessor() {
        Map<String, BigDecimal> entered = Map.of("XA_A", BigDecimal.valueOf(2), "XA_B", BigDecimal.valueOf(4));

        Dashboard.Line line = card(afterMerger()).reported(MODELS, entered, afterMerger());

        assertThat(line.figure().value()).isEqualByComparingTo("6");
        assertThat(line.parts()).extracting(p -> p.unit().code(), p -> text(p.figure().value()))
                .containsExactly(tuple("HUYEN", null), tuple("XA_A", "6"), tuple("CQ", null));
    }

    @Test
    void theDirectPartOfAReportedSumHoldsWhatUnitsMergedIntoTheDistrictEntered() {
        UnitTree.Snapshot tree = district().merged("CQ", "HUYEN", MERGER).on(JUNE_2026.to());
        Map<String, BigDecimal> entered = Map.of("HUYEN", BigDecimal.ONE, "CQ", BigDecimal.valueOf(2));

        Dashboard.Line line = card(tree).reported(MODELS, entered, tree);

        assertThat(line.parts().get(0).figure().value()).isEqualByComparingTo("3");
        assertThat(line.figure().value()).isEqualByComparingTo("3");
    }

    @Test
    void aReportedShareIsTheMeanOfTheChildrenWhenTheUnitEnteredNone() {
        Map<String, BigDecimal> entered = Map.of("XA_A", BigDecimal.valueOf(80), "XA_B", BigDecimal.valueOf(60),
                "CQ", BigDecimal.valueOf(100));

        Dashboard.Line line = card(beforeMerger()).reported(SOFTWARE_SHARE, entered, beforeMerger());

        assertThat(line.figure().value()).isEqualTo(new BigDecimal("80.0"));
        assertThat(line.figure().status()).isEqualTo(Status.BEHIND);
        assertThat(line.parts()).extracting(p -> p.unit().code(), p -> text(p.figure().value()))
                .containsExactly(tuple("HUYEN", null), tuple("XA_A", "80"), tuple("XA_B", "60"), tuple("CQ", "100"));
    }

    @Test
    void aReportedShareTheUnitEnteredItselfWins() {
        Map<String, BigDecimal> entered = Map.of("HUYEN", BigDecimal.valueOf(90), "XA_A", BigDecimal.valueOf(80));

        Dashboard.Line line = card(beforeMerger()).reported(SOFTWARE_SHARE, entered, beforeMerger());

        assertThat(line.figure().value()).isEqualByComparingTo("90");
        assertThat(line.parts().get(0).figure().value()).isEqualByComparingTo("90");
    }

    @Test
    void aReportedIndicatorNobodyEnteredHasNoData() {
        Dashboard.Line line = card(beforeMerger()).reported(SOFTWARE_SHARE, Map.of(), beforeMerger());

        assertThat(line.figure().value()).isNull();
        assertThat(line.figure().status()).isEqualTo(Status.NO_DATA);
        assertThat(line.parts()).allSatisfy(part -> assertThat(part.figure().status()).isEqualTo(Status.NO_DATA));
    }

    @Test
    void whileThePeriodRunsAFigureKeepingPaceIsOnTrack() {
        Scorecard midway = new Scorecard(UnitScope.of(beforeMerger(), "HUYEN"), JUNE_2026, LocalDate.of(2026, 3, 15), Map.of());
        Tally soFar = new Tally(List.of(row("XA_A", "2026-01", 6, 0)));

        assertThat(midway.computed(PEOPLE, soFar).figure().status()).isEqualTo(Status.ON_TRACK);
        assertThat(midway.computed(PEOPLE, new Tally(List.of(row("XA_A", "2026-01", 2, 0)))).figure().status())
                .isEqualTo(Status.BEHIND);
    }
}
