package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.courses.content.Category;
import vn.hocso.courses.content.ContentProblem;

class CatalogueReaderTest {

    /** One computed indicator; line 2 holds its id, line 4 its measure, lines 9–11 its targets. */
    private static final String ONE = """
            indicators:
              - id: T2
                kind: computed
                measure: classes-held
                categories: [cyber-safety]
                title: {vi: Lớp tập huấn an toàn trên mạng, en: Cyber-safety classes}
                unit: {vi: lớp, en: classes}
                appliesTo: district-union
                targets:
                  2025: 2
                  2030: 4
            """;

    /** A reported indicator to append to {@link #ONE}; its id is on line 12. */
    private static final String REPORTED = """
              - id: S6
                kind: reported
                title: {vi: Mô hình chuyển đổi số, en: Digital-transformation models}
                unit: {vi: mô hình, en: models}
                targets: {2030: 1}
            """;

    static String shipped() {
        try (InputStream in = CatalogueReaderTest.class.getResourceAsStream("/vn/hocso/indicators/catalogue.yaml")) {
            assertThat(in).as("the shipped catalogue").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Catalogue valid(String yaml) {
        CatalogueReader.Result result = CatalogueReader.read(yaml);
        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).isTrue();
        return result.catalogue();
    }

    private static ContentProblem onlyProblem(String yaml) {
        CatalogueReader.Result result = CatalogueReader.read(yaml);
        assertThat(result.valid()).isFalse();
        assertThat(result.catalogue()).isNull();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    private static String replaced(String yaml, String line, String by) {
        assertThat(yaml).contains(line);
        return yaml.replace(line, by);
    }

    @Test
    void theShippedCatalogueReadsWithoutProblems() {
        Catalogue catalogue = valid(shipped());

        assertThat(catalogue.indicators()).extracting(Indicator::id).startsWith("S1", "T2", "T2b", "E2", "S5b", "S6")
                .endsWith("A1", "A2", "A3", "A4", "A5", "A6", "A7").doesNotHaveDuplicates();
    }

    @Test
    void theShippedPlanIndicatorsCountWhatThePlanAsksFor() {
        Catalogue catalogue = valid(shipped());

        Indicator s1 = catalogue.find("S1").orElseThrow();
        assertThat(s1.computed()).isTrue();
        assertThat(s1.measure()).isEqualTo(Measure.PEOPLE_REACHED);
        assertThat(s1.appliesTo()).isEqualTo(UnitKind.DISTRICT_UNION);
        assertThat(s1.targets()).containsOnlyKeys(2025, 2030);
        assertThat(s1.targetFor(2030)).isEqualByComparingTo("10000");
        assertThat(s1.title().in(Locale.ENGLISH)).startsWith("People (person-times)");
        assertThat(s1.percent()).isFalse();

        assertThat(catalogue.find("T2").orElseThrow()).satisfies(t2 -> {
            assertThat(t2.measure()).isEqualTo(Measure.CLASSES_HELD);
            assertThat(t2.categories()).containsExactly(Category.CYBER_SAFETY);
        });
        assertThat(catalogue.find("T2b").orElseThrow()).satisfies(t2b -> {
            assertThat(t2b.measure()).isEqualTo(Measure.CLASSES_HELD);
            assertThat(t2b.categories()).containsExactly(Category.E_COMMERCE);
        });
    }

    @Test
    void theShippedFlaggedSharesNameTheirFlagAndWhichCompletionsCount() {
        Catalogue catalogue = valid(shipped());

        Indicator e2 = catalogue.find("E2").orElseThrow();
        assertThat(e2.measure()).isEqualTo(Measure.FLAGGED_SHARE_COMPLETED);
        assertThat(e2.flag()).isEqualTo(LearnerFlag.OCOP_PRODUCER);
        assertThat(e2.categories()).containsExactly(Category.E_COMMERCE);
        assertThat(e2.completedEver()).isTrue();
        assertThat(e2.percent()).isTrue();
        assertThat(e2.appliesTo()).as("no appliesTo: every unit").isNull();

        Indicator s5b = catalogue.find("S5b").orElseThrow();
        assertThat(s5b.flag()).isEqualTo(LearnerFlag.DIGITAL_TEAM_MEMBER);
        assertThat(s5b.categories()).as("any course counts").isEmpty();
        assertThat(s5b.completedEver()).as("in-period").isFalse();
    }

    @Test
    void theShippedReportedIndicatorsSayHowTheirValuesAddUp() {
        Catalogue catalogue = valid(shipped());

        Indicator s6 = catalogue.find("S6").orElseThrow();
        assertThat(s6.computed()).isFalse();
        assertThat(s6.kind()).isEqualTo(IndicatorKind.REPORTED);
        assertThat(s6.rollUp()).isEqualTo(RollUp.SUM);
        assertThat(s6.measure()).isNull();
        assertThat(s6.percent()).isFalse();

        Indicator g1 = catalogue.find("G1").orElseThrow();
        assertThat(g1.rollUp()).isEqualTo(RollUp.MEAN);
        assertThat(g1.percent()).as("its unit is %").isTrue();

        assertThat(catalogue.reported()).extracting(Indicator::id)
                .containsExactly("S6", "G1", "G2a", "G2b", "E1", "S2a", "S2b", "S3", "S4", "S5", "S7");
    }

    @Test
    void theShippedActivityIndicatorsHaveNoTargets() {
        Catalogue catalogue = valid(shipped());

        assertThat(catalogue.in(Section.ACTIVITY)).extracting(Indicator::id)
                .containsExactly("A1", "A2", "A3", "A4", "A5", "A6", "A7");
        assertThat(catalogue.in(Section.ACTIVITY)).allSatisfy(indicator -> {
            assertThat(indicator.computed()).isTrue();
            assertThat(indicator.targets()).isEmpty();
            assertThat(indicator.targetFor(2026)).isNull();
        });
        assertThat(catalogue.find("A7").orElseThrow().percent()).as("attendance rate").isTrue();
        assertThat(catalogue.in(Section.PLAN)).extracting(Indicator::id).doesNotContain("A1");
    }

    @Test
    void anAdministratorAddingATargetYearChangesTheTargetOfTheYearsBeforeIt() {
        String yaml = replaced(shipped(), "targets: {2025: 10000, 2030: 10000}", "targets: {2025: 10000, 2027: 12000, 2030: 10000}");

        Indicator s1 = valid(yaml).find("S1").orElseThrow();

        assertThat(s1.targets()).containsOnlyKeys(2025, 2027, 2030);
        assertThat(s1.targetFor(2026)).isEqualByComparingTo("12000");
        assertThat(s1.targetFor(2027)).isEqualByComparingTo("12000");
        assertThat(s1.targetFor(2028)).isEqualByComparingTo("10000");
    }

    @Test
    void anAdministratorAddingAnIndicatorFindsItAfterTheShippedOnes() {
        String yaml = shipped() + """

                  - id: X1
                    section: activity
                    kind: computed
                    measure: certificates
                    title: {vi: Giấy chứng nhận an toàn mạng, en: Cyber-safety certificates}
                    unit: {vi: giấy, en: certificates}
                    appliesTo: commune-union
                    targets: {2026: 50}
                """;

        Catalogue catalogue = valid(yaml);

        assertThat(catalogue.indicators()).last().extracting(Indicator::id).isEqualTo("X1");
        Indicator added = catalogue.find("X1").orElseThrow();
        assertThat(added.section()).isEqualTo(Section.ACTIVITY);
        assertThat(added.measure()).isEqualTo(Measure.CERTIFICATES);
        assertThat(added.appliesTo()).isEqualTo(UnitKind.COMMUNE_UNION);
        assertThat(added.targetFor(2026, UnitKind.COMMUNE_UNION)).isEqualByComparingTo("50");
    }

    @Test
    void aSmallCatalogueReadsEveryField() {
        Indicator t2 = valid(ONE).indicators().get(0);

        assertThat(t2.id()).isEqualTo("T2");
        assertThat(t2.section()).as("plan by default").isEqualTo(Section.PLAN);
        assertThat(t2.kind()).isEqualTo(IndicatorKind.COMPUTED);
        assertThat(t2.measure()).isEqualTo(Measure.CLASSES_HELD);
        assertThat(t2.categories()).containsExactly(Category.CYBER_SAFETY);
        assertThat(t2.flag()).isNull();
        assertThat(t2.completedEver()).as("ever by default").isTrue();
        assertThat(t2.unitOfMeasure().in(Locale.ENGLISH)).isEqualTo("classes");
        assertThat(t2.appliesTo()).isEqualTo(UnitKind.DISTRICT_UNION);
        assertThat(t2.targets()).containsExactly(entry(2025, new BigDecimal("2")), entry(2030, new BigDecimal("4")));
    }

    @Test
    void aReportedIndicatorSumsUnlessItSaysOtherwise() {
        Catalogue catalogue = valid(ONE + REPORTED);

        assertThat(catalogue.find("S6").orElseThrow().rollUp()).isEqualTo(RollUp.SUM);
        assertThat(valid(ONE + REPORTED.replace("kind: reported", "kind: reported\n    rollUp: mean"))
                .find("S6").orElseThrow().rollUp()).isEqualTo(RollUp.MEAN);
    }

    @Test
    void everyUnitMeansTheTargetIsNotRestrictedToAKindOfUnit() {
        Indicator t2 = valid(replaced(ONE, "appliesTo: district-union", "appliesTo: every-unit")).indicators().get(0);

        assertThat(t2.appliesTo()).isNull();
        assertThat(t2.targetFor(2026, UnitKind.COMMUNE_UNION)).isEqualByComparingTo("4");
        assertThat(t2.targetFor(2026, UnitKind.BRANCH)).isEqualByComparingTo("4");
    }

    @Test
    void anEmptyListOfIndicatorsIsAnEmptyCatalogue() {
        assertThat(valid("indicators: []\n").indicators()).isEmpty();
    }

    @Test
    void anUnknownMeasureIsReportedOnItsLine() {
        ContentProblem problem = onlyProblem(replaced(ONE, "measure: classes-held", "measure: trees-planted"));

        assertThat(problem.file()).isEqualTo(CatalogueReader.FILE);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.messageKey()).isEqualTo("content.choiceUnknown");
        assertThat(problem.arguments()).startsWith("measure", "trees-planted");
    }

    @Test
    void anUnknownCategoryIsReportedOnItsOwnLine() {
        ContentProblem problem = onlyProblem(replaced(ONE, "categories: [cyber-safety]",
                "categories:\n      - cyber-safety\n      - cooking"));

        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.messageKey()).isEqualTo("content.choiceUnknown");
        assertThat(problem.arguments()).startsWith("categories", "cooking");
    }

    @Test
    void anUnknownKindOfUnitIsReportedOnItsLine() {
        ContentProblem problem = onlyProblem(replaced(ONE, "appliesTo: district-union", "appliesTo: village"));

        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.messageKey()).isEqualTo("content.choiceUnknown");
        assertThat(problem.arguments()).startsWith("appliesTo", "village");
    }

    @Test
    void aKindOfUnitThatIsNotTextIsReportedOnce() {
        ContentProblem problem = onlyProblem(replaced(ONE, "appliesTo: district-union", "appliesTo: [district-union]"));

        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.messageKey()).isEqualTo("content.fieldWrongType");
    }

    @Test
    void anIdUsedTwiceIsReportedOnTheSecondOne() {
        ContentProblem problem = onlyProblem(ONE + REPORTED.replace("id: S6", "id: T2"));

        assertThat(problem).isEqualTo(ContentProblem.at(CatalogueReader.FILE, 12, "catalogue.idTwice", "T2"));
    }

    @Test
    void anIdThatIsNotACodeIsReported() {
        ContentProblem problem = onlyProblem(replaced(ONE, "id: T2", "id: chỉ tiêu 2"));

        assertThat(problem).isEqualTo(ContentProblem.at(CatalogueReader.FILE, 2, "catalogue.idInvalid", "chỉ tiêu 2"));
    }

    @Test
    void aTargetYearThatIsNotAYearIsReportedOnItsLine() {
        ContentProblem problem = onlyProblem(replaced(ONE, "2030: 4", "next: 4"));

        assertThat(problem).isEqualTo(ContentProblem.at(CatalogueReader.FILE, 11, "catalogue.targetYearInvalid", "next"));
    }

    @Test
    void aTargetYearOutsideThisCenturyIsReported() {
        ContentProblem problem = onlyProblem(replaced(ONE, "2025: 2", "1999: 2"));

        assertThat(problem).isEqualTo(ContentProblem.at(CatalogueReader.FILE, 10, "catalogue.targetYearInvalid", "1999"));
    }

    @Test
    void aNegativeTargetIsReportedOnItsLine() {
        ContentProblem problem = onlyProblem(replaced(ONE, "2030: 4", "2030: -4"));

        assertThat(problem).isEqualTo(ContentProblem.at(CatalogueReader.FILE, 11, "catalogue.targetNegative", "2030"));
    }

    @Test
    void aTargetThatIsNotANumberIsReportedOnItsLine() {
        ContentProblem problem = onlyProblem(replaced(ONE, "2030: 4", "2030: many"));

        assertThat(problem.line()).isEqualTo(11);
        assertThat(problem.messageKey()).isEqualTo("content.notANumber");
    }

    @Test
    void aMissingKindIsReportedOnTheIndicatorsId() {
        ContentProblem problem = onlyProblem(replaced(ONE, "    kind: computed\n", ""));

        assertThat(problem).isEqualTo(ContentProblem.at(CatalogueReader.FILE, 2, "content.fieldMissing", "kind"));
    }

    @Test
    void aComputedIndicatorWithoutMeasureIsReportedOnItsId() {
        ContentProblem problem = onlyProblem(replaced(ONE, "    measure: classes-held\n", ""));

        assertThat(problem).isEqualTo(ContentProblem.at(CatalogueReader.FILE, 2, "content.fieldMissing", "measure"));
    }

    @Test
    void aFlaggedShareWithoutAFlagIsReportedOnItsMeasure() {
        ContentProblem problem = onlyProblem(replaced(ONE, "measure: classes-held", "measure: flagged-share-completed"));

        assertThat(problem).isEqualTo(ContentProblem.at(CatalogueReader.FILE, 4, "catalogue.flagNeeded", "T2"));
    }

    @Test
    void anUnknownFlagIsReportedOnItsLine() {
        ContentProblem problem = onlyProblem(replaced(ONE, "measure: classes-held",
                "measure: flagged-share-completed\n    flag: left-handed"));

        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.messageKey()).isEqualTo("content.choiceUnknown");
        assertThat(problem.arguments()).startsWith("flag", "left-handed");
    }

    @Test
    void aMissingTitleIsReported() {
        String yaml = replaced(ONE, "    title: {vi: Lớp tập huấn an toàn trên mạng, en: Cyber-safety classes}\n", "");

        assertThat(onlyProblem(yaml)).isEqualTo(ContentProblem.at(CatalogueReader.FILE, 2, "content.fieldMissing", "title"));
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        ContentProblem problem = onlyProblem(replaced(ONE, "unit: {vi: lớp, en: classes}", "unit: {vi: lớp, en: classes"));

        assertThat(problem.messageKey()).isEqualTo("content.yamlInvalid");
        assertThat(problem.line()).isEqualTo(8);
    }

    @Test
    void aFileWithoutIndicatorsIsReported() {
        assertThat(onlyProblem("title: Kế hoạch 273\n").messageKey()).isEqualTo("content.fieldMissing");
        assertThat(onlyProblem("").messageKey()).isEqualTo("content.yamlNotMapping");
        assertThat(onlyProblem(null).messageKey()).isEqualTo("content.yamlNotMapping");
    }

    @Test
    void oneBadIndicatorKeepsTheWholeCatalogueFromBeingUsed() {
        CatalogueReader.Result result = CatalogueReader.read(ONE + REPORTED.replace("kind: reported", "kind: guessed"));

        assertThat(result.valid()).isFalse();
        assertThat(result.catalogue()).isNull();
        assertThat(result.problems()).extracting(ContentProblem::line, ContentProblem::messageKey)
                .containsExactly(tuple(13, "content.choiceUnknown"));
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsOwnLine() {
        String yaml = replaced(ONE, "measure: classes-held", "measure: trees-planted")
                + REPORTED.replace("targets: {2030: 1}", "targets: {2030: -1}");

        List<ContentProblem> problems = CatalogueReader.read(yaml).problems();

        assertThat(problems).extracting(ContentProblem::line, ContentProblem::messageKey).containsExactly(
                tuple(4, "content.choiceUnknown"),
                tuple(16, "catalogue.targetNegative"));
    }
}
