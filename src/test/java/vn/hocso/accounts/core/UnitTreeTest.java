package vn.hocso.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocso.accounts.core.TreeFixture.START;
import static vn.hocso.accounts.core.TreeFixture.province;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

    private static final LocalDate D = LocalDate.of(2025, 7, 1);
    private static final LocalDate DAY_BEFORE_D = D.minusDays(1);

    @Test
    void subtreeHoldsTheUnitItselfAndEveryDescendant() {
        assertThat(province().on(START).subtree("PHUOC_AN"))
                .containsExactlyInAnyOrder("PHUOC_AN", "AP1", "AP1A", "AP2");
    }

    @Test
    void subtreeOfTheRootReachesTheDeepestBranches() {
        assertThat(province().on(START).subtree("TINH"))
                .containsExactlyInAnyOrder("TINH", "HUYEN", "HUYEN2", "PHUOC_AN", "PHUOC_THIEN", "AP1", "AP1A", "AP2", "AP3");
    }

    @Test
    void subtreeOfALeafIsTheLeafAlone() {
        assertThat(province().on(START).subtree("AP3")).containsExactly("AP3");
    }

    @Test
    void aUnitIsWithinItselfAndEachOfItsAncestors() {
        UnitTree.Snapshot tree = province().on(START);

        assertThat(List.of("AP1A", "AP1", "PHUOC_AN", "HUYEN", "TINH"))
                .allSatisfy(ancestor -> assertThat(tree.isWithin("AP1A", ancestor)).as(ancestor).isTrue());
    }

    @Test
    void aUnitIsNotWithinASiblingOrItsOwnDescendant() {
        UnitTree.Snapshot tree = province().on(START);

        assertThat(tree.isWithin("AP3", "PHUOC_AN")).isFalse();
        assertThat(tree.isWithin("PHUOC_AN", "PHUOC_THIEN")).isFalse();
        assertThat(tree.isWithin("HUYEN", "PHUOC_AN")).isFalse();
    }

    @Test
    void searchFindsUnitsByNameWithoutDiacriticsOrByCode() {
        UnitTree.Snapshot tree = province().on(START);

        assertThat(codes(tree.search("phuoc thien"))).containsExactly("PHUOC_THIEN");
        assertThat(codes(tree.search("ap3"))).containsExactly("AP3");
        assertThat(tree.search(null)).hasSameSizeAs(tree.units());
    }

    @Test
    void findGivesTheUnitStandingForACodeOnTheDay() {
        UnitTree tree = province().merged("PHUOC_THIEN", "PHUOC_AN", D).build();

        assertThat(tree.asOf(DAY_BEFORE_D).find("PHUOC_THIEN")).map(UnitNode::code).hasValue("PHUOC_THIEN");
        assertThat(tree.asOf(D).find("PHUOC_THIEN")).map(UnitNode::code).hasValue("PHUOC_AN");
        assertThat(tree.asOf(D).find("NOWHERE")).isEmpty();
    }

    @Test
    void pathRunsFromTheRootDownToTheUnit() {
        assertThat(codes(province().on(START).path("AP1A")))
                .containsExactly("TINH", "HUYEN", "PHUOC_AN", "AP1", "AP1A");
    }

    @Test
    void theRootIsTheOnlyUnitWithoutAParent() {
        UnitTree.Snapshot tree = province().on(START);

        assertThat(codes(tree.roots())).containsExactly("TINH");
        assertThat(tree.parent("TINH")).isEmpty();
        assertThat(tree.parent("AP1A")).map(UnitNode::code).contains("AP1");
    }

    @Test
    void childrenAreTheUnitsDirectlyBelow() {
        assertThat(codes(province().on(START).children("HUYEN"))).containsExactly("PHUOC_AN", "PHUOC_THIEN");
    }

    @Test
    void nothingExistsBeforeTheTreeWasFounded() {
        UnitTree.Snapshot tree = province().on(START.minusDays(1));

        assertThat(tree.units()).isEmpty();
        assertThat(tree.roots()).isEmpty();
        assertThat(tree.resolve("TINH")).isEmpty();
    }

    @Test
    void aUnitFoundedLaterAppearsAmongTheChildrenFromItsFirstDay() {
        LocalDate founded = LocalDate.of(2024, 3, 26);
        UnitTree tree = province()
                .unit("AP4", "Chi đoàn ấp 4", UnitKind.BRANCH, founded)
                .under("AP4", "PHUOC_THIEN", founded, null)
                .build();

        assertThat(codes(tree.asOf(founded.minusDays(1)).children("PHUOC_THIEN"))).containsExactly("AP3");
        assertThat(codes(tree.asOf(founded).children("PHUOC_THIEN"))).containsExactly("AP3", "AP4");
    }

    @Test
    void aMovedUnitKeepsItsOldParentUntilTheDayBeforeTheMove() {
        UnitTree.Snapshot before = province().moved("AP2", "PHUOC_THIEN", D).on(DAY_BEFORE_D);

        assertThat(before.parent("AP2")).map(UnitNode::code).contains("PHUOC_AN");
        assertThat(before.isWithin("AP2", "PHUOC_AN")).isTrue();
        assertThat(codes(before.children("PHUOC_THIEN"))).containsExactly("AP3");
    }

    @Test
    void aMovedUnitHasItsNewParentFromTheMoveDate() {
        UnitTree.Snapshot after = province().moved("AP2", "PHUOC_THIEN", D).on(D);

        assertThat(after.parent("AP2")).map(UnitNode::code).contains("PHUOC_THIEN");
        assertThat(after.isWithin("AP2", "PHUOC_AN")).isFalse();
        assertThat(after.subtree("PHUOC_AN")).containsExactlyInAnyOrder("PHUOC_AN", "AP1", "AP1A");
        assertThat(codes(after.children("PHUOC_THIEN"))).containsExactly("AP2", "AP3");
    }

    @Test
    void beforeAMergeTheMergedUnitStandsWithItsChildren() {
        UnitTree.Snapshot before = province().merged("PHUOC_AN", "PHUOC_THIEN", D).on(DAY_BEFORE_D);

        assertThat(codes(before.units())).contains("PHUOC_AN");
        assertThat(before.resolve("PHUOC_AN")).contains("PHUOC_AN");
        assertThat(before.subtree("PHUOC_AN")).containsExactlyInAnyOrder("PHUOC_AN", "AP1", "AP1A", "AP2");
        assertThat(before.isWithin("AP1", "PHUOC_THIEN")).isFalse();
    }

    @Test
    void fromTheMergeDateTheMergedUnitIsGoneAndItsChildrenSitUnderTheSuccessor() {
        UnitTree.Snapshot after = province().merged("PHUOC_AN", "PHUOC_THIEN", D).on(D);

        assertThat(codes(after.units())).doesNotContain("PHUOC_AN");
        assertThat(codes(after.children("HUYEN"))).containsExactly("PHUOC_THIEN");
        assertThat(codes(after.children("PHUOC_THIEN"))).containsExactly("AP1", "AP2", "AP3");
        assertThat(after.isWithin("AP1", "PHUOC_THIEN")).isTrue();
        assertThat(codes(after.path("AP1A"))).containsExactly("TINH", "HUYEN", "PHUOC_THIEN", "AP1", "AP1A");
    }

    @Test
    void mergedUnitResolvesToItsSuccessorAfterTheMergeDate() {
        UnitTree.Snapshot after = province().merged("PHUOC_AN", "PHUOC_THIEN", D).on(D);

        assertThat(after.resolve("PHUOC_AN")).contains("PHUOC_THIEN");
        assertThat(after.subtree("PHUOC_AN")).isEqualTo(after.subtree("PHUOC_THIEN"));
        assertThat(after.isWithin("AP3", "PHUOC_AN")).isTrue();
    }

    @Test
    void aChainOfMergesResolvesToTheLastSuccessor() {
        LocalDate later = D.plusYears(1);
        UnitTree tree = province().merged("AP1A", "AP1", D).merged("AP1", "AP2", later).build();

        assertThat(tree.asOf(D).resolve("AP1A")).contains("AP1");
        assertThat(tree.asOf(later).resolve("AP1A")).contains("AP2");
    }

    @Test
    void aCodeThatNeverExistedResolvesToNothing() {
        UnitTree.Snapshot tree = province().on(START);

        assertThat(tree.resolve("KHONG_CO")).isEmpty();
        assertThat(tree.subtree("KHONG_CO")).isEmpty();
        assertThat(tree.path("KHONG_CO")).isEmpty();
        assertThat(tree.isWithin("KHONG_CO", "TINH")).isFalse();
        assertThat(tree.isWithin("AP1", "KHONG_CO")).isFalse();
    }

    @Test
    void childrenAreSortedTheVietnameseWay() {
        List<String> names = List.of("Đông Hòa", "Dĩ An", "Ấp Bắc", "Ân Ái", "Ao Sen", "An Phú");

        assertThat(names(communeWithBranches(names).on(START).children("XA")))
                .containsExactly("An Phú", "Ao Sen", "Ân Ái", "Ấp Bắc", "Dĩ An", "Đông Hòa");
    }

    @Test
    void branchesComeBeforeSchoolsWhateverTheirNames() {
        UnitTree.Snapshot tree = communeWithBranches(List.of("Xóm Bàu"))
                .unit("TRUONG", "An Hòa secondary school", UnitKind.SCHOOL).under("TRUONG", "XA")
                .on(START);

        assertThat(names(tree.children("XA"))).containsExactly("Xóm Bàu", "An Hòa secondary school");
    }

    private static TreeFixture communeWithBranches(List<String> names) {
        TreeFixture fixture = new TreeFixture().unit("XA", "Đoàn xã Phước Dân", UnitKind.COMMUNE_UNION);
        IntStream.range(0, names.size())
                .forEach(i -> fixture.unit("B" + i, names.get(i), UnitKind.BRANCH).under("B" + i, "XA"));
        return fixture;
    }

    private static List<String> codes(List<UnitNode> units) {
        return units.stream().map(UnitNode::code).toList();
    }

    private static List<String> names(List<UnitNode> units) {
        return units.stream().map(UnitNode::name).toList();
    }
}
