package vn.hocso.accounts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocso.accounts.service.DomainAssertions.assertFails;
import static vn.hocso.accounts.service.DomainAssertions.assertInvalid;
import static vn.hocso.accounts.service.ServiceFixture.ADMIN;
import static vn.hocso.accounts.service.ServiceFixture.TODAY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.platform.audit.AuditEntry;
import vn.hocso.platform.errors.Failure;

class UnitServiceTest {

    private static final LocalDate REFORM = LocalDate.of(2026, 7, 1);

    private final ServiceFixture f = ServiceFixture.withUnits();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void adminAddsAUnitUnderAParent() {
        f.tx(() -> f.units.add(ADMIN, " x-pt ", "Đoàn xã Phước Thuận", UnitKind.COMMUNE_UNION, "HD-NP", TODAY));

        UnitTree.Snapshot today = f.tx(() -> f.units.today());
        assertThat(today.parent("X-PT")).map(UnitNode::code).hasValue("HD-NP");
        assertThat(today.children("HD-NP")).extracting(UnitNode::name).contains("Đoàn xã Phước Thuận");
        assertThat(auditActions("X-PT")).containsExactly("UNIT_ADD");
    }

    @Test
    void organizerMayNotAddUnits() {
        var organizer = f.organizer("organizer", "HD-NP");

        assertFails(Failure.FORBIDDEN,
                () -> f.tx(() -> f.units.add(organizer, "X-PT", "Đoàn xã Phước Thuận", UnitKind.COMMUNE_UNION, "HD-NP", TODAY)));
        assertThat(f.tx(() -> f.units.find("X-PT"))).isEmpty();
    }

    @Test
    void unitCodeTakenIsRefused() {
        var failure = assertInvalid(
                () -> f.tx(() -> f.units.add(ADMIN, "x-ph", "Another", UnitKind.COMMUNE_UNION, "HD-NP", TODAY)), "code");

        assertThat(failure.errors().get(0).messageKey()).isEqualTo("unit.codeTaken");
    }

    @Test
    void renameChangesTheNameAndIsAudited() {
        f.tx(() -> f.units.rename(ADMIN, "X-PH", "Đoàn xã Phước Hậu mới"));

        assertThat(f.tx(() -> f.units.get("X-PH")).getName()).isEqualTo("Đoàn xã Phước Hậu mới");
        assertThat(auditActions("X-PH")).containsExactly("UNIT_RENAME");
    }

    @Test
    void moveTakesEffectOnItsDateAndLeavesThePastAsItWas() {
        f.unit("HD-TB", "Huyện Đoàn Thuận Bắc", UnitKind.DISTRICT_UNION, "TD-NT");

        f.tx(() -> f.units.move(ADMIN, "X-PD", "HD-TB", REFORM));

        UnitTree tree = f.tx(() -> f.units.tree());
        assertThat(tree.asOf(REFORM.minusDays(1)).parent("X-PD")).map(UnitNode::code).hasValue("HD-NP");
        assertThat(tree.asOf(REFORM).parent("X-PD")).map(UnitNode::code).hasValue("HD-TB");
        assertThat(tree.asOf(REFORM).subtree("HD-TB")).containsExactlyInAnyOrder("HD-TB", "X-PD", "CD-KP1");
        assertThat(auditActions("X-PD")).containsExactly("UNIT_MOVE");
    }

    @Test
    void movingAUnitWithAMergeAheadKeepsItUnderOneParentUntilTheMerge() {
        f.unit("HD-TB", "Huyện Đoàn Thuận Bắc", UnitKind.DISTRICT_UNION, "TD-NT");
        LocalDate mergeDay = REFORM.plusMonths(3);
        f.tx(() -> f.units.merge(ADMIN, "X-PD", "X-PH", mergeDay));

        f.tx(() -> f.units.move(ADMIN, "X-PD", "HD-TB", REFORM));

        UnitTree tree = f.tx(() -> f.units.tree());
        assertThat(tree.asOf(REFORM).children("HD-NP")).extracting(UnitNode::code).doesNotContain("X-PD");
        assertThat(tree.asOf(REFORM).parent("X-PD")).map(UnitNode::code).hasValue("HD-TB");
        assertThat(tree.asOf(mergeDay).resolve("X-PD")).hasValue("X-PH");
        assertThat(tree.asOf(mergeDay).children("HD-TB")).isEmpty();
    }

    @Test
    void aMergeCannotTakeEffectOnTheDayTheUnitBegins() {
        f.unit("X-MOI", "Đoàn xã Mới", UnitKind.COMMUNE_UNION, "HD-NP");
        LocalDate founded = f.tx(() -> f.units.get("X-MOI").getValidFrom());

        assertInvalid(() -> f.tx(() -> f.units.merge(ADMIN, "X-MOI", "X-PH", founded)), "effective");
    }

    @Test
    void unitCannotMoveUnderItsOwnDescendant() {
        var failure = assertInvalid(() -> f.tx(() -> f.units.move(ADMIN, "HD-NP", "CD-HS", REFORM)), "parentCode");

        assertThat(failure.errors().get(0).messageKey()).isEqualTo("unit.moveIntoOwnSubtree");
        assertThat(f.tx(() -> f.units.tree()).asOf(REFORM).parent("HD-NP")).map(UnitNode::code).hasValue("TD-NT");
    }

    @Test
    void mergeKeepsTheOldTreeBeforeItsDateAndMovesTheChildrenToTheSuccessorFromIt() {
        f.tx(() -> f.units.merge(ADMIN, "X-PD", "X-PH", REFORM));

        UnitTree tree = f.tx(() -> f.units.tree());
        UnitTree.Snapshot before = tree.asOf(REFORM.minusDays(1));
        assertThat(before.units()).extracting(UnitNode::code).contains("X-PD");
        assertThat(before.children("X-PD")).extracting(UnitNode::code).containsExactly("CD-KP1");
        assertThat(before.resolve("X-PD")).hasValue("X-PD");

        UnitTree.Snapshot after = tree.asOf(REFORM);
        assertThat(after.units()).extracting(UnitNode::code).doesNotContain("X-PD");
        assertThat(after.children("X-PH")).extracting(UnitNode::code).containsExactlyInAnyOrder("CD-HS", "CD-KP1");
        assertThat(after.resolve("X-PD")).hasValue("X-PH");
        assertThat(after.isWithin("CD-KP1", "X-PH")).isTrue();

        assertThat(f.tx(() -> f.audit.about("unit:X-PD"))).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("UNIT_MERGE");
            assertThat(entry.getActor()).isEqualTo(ADMIN.username());
        });
    }

    @Test
    void unitCannotMergeIntoItsOwnDescendant() {
        assertInvalid(() -> f.tx(() -> f.units.merge(ADMIN, "X-PD", "CD-KP1", REFORM)), "intoCode");
    }

    private List<String> auditActions(String unitCode) {
        return f.tx(() -> f.audit.about(UnitService.unitTarget(unitCode))).stream().map(AuditEntry::getAction).toList();
    }
}
