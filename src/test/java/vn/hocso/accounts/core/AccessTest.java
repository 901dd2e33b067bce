package vn.hocso.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hocso.accounts.core.TreeFixture.START;
import static vn.hocso.accounts.core.TreeFixture.province;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.errors.FieldError;

class AccessTest {

    private static final UnitTree.Snapshot TREE = province().on(START);

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), Map.of());
    private static final Actor LEARNER = new Actor("0912345678", Set.of(Role.LEARNER), Map.of());

    private static Actor organizerOf(String unitCode) {
        return new Actor("bi-thu@phuocan.vn", Set.of(Role.LEARNER, Role.ORGANIZER), Map.of(Role.ORGANIZER, unitCode));
    }

    @Test
    void anAdministratorManagesEveryUnit() {
        assertThat(Access.canManage(ADMIN, "AP1A", TREE)).isTrue();
        assertThat(Access.canManage(ADMIN, "TINH", TREE)).isTrue();
        assertThat(Access.managedUnits(ADMIN, TREE)).hasSize(9).contains("TINH", "AP3");
    }

    @Test
    void anOrganizerOfACommuneManagesTheCommuneAndItsBranches() {
        Actor organizer = organizerOf("PHUOC_AN");

        assertThat(Access.canManage(organizer, "PHUOC_AN", TREE)).isTrue();
        assertThat(Access.canManage(organizer, "AP1", TREE)).isTrue();
        assertThat(Access.canManage(organizer, "AP1A", TREE)).isTrue();
        assertThat(Access.managedUnits(organizer, TREE)).containsExactlyInAnyOrder("PHUOC_AN", "AP1", "AP1A", "AP2");
    }

    @Test
    void anOrganizerOfACommuneManagesNeitherASiblingCommuneNorTheDistrict() {
        Actor organizer = organizerOf("PHUOC_AN");

        assertThat(Access.canManage(organizer, "PHUOC_THIEN", TREE)).isFalse();
        assertThat(Access.canManage(organizer, "AP3", TREE)).isFalse();
        assertThat(Access.canManage(organizer, "HUYEN", TREE)).isFalse();
        assertThat(Access.canManage(organizer, null, TREE)).isFalse();
    }

    @Test
    void theScopeFollowsTheTreeOfTheDayAsked() {
        LocalDate moveDate = LocalDate.of(2025, 7, 1);
        UnitTree tree = province().moved("AP2", "PHUOC_THIEN", moveDate).build();
        Actor organizer = organizerOf("PHUOC_AN");

        assertThat(Access.canManage(organizer, "AP2", tree.asOf(moveDate.minusDays(1)))).isTrue();
        assertThat(Access.canManage(organizer, "AP2", tree.asOf(moveDate))).isFalse();
    }

    @Test
    void aTrainerScopeGivesNoRightToManage() {
        Actor trainer = new Actor("trainer", Set.of(Role.TRAINER), Map.of(Role.TRAINER, "PHUOC_AN"));

        assertThat(Access.canManage(trainer, "AP1", TREE)).isFalse();
        assertThat(Access.managedUnits(trainer, TREE)).isEmpty();
    }

    @Test
    void managingOutsideTheScopeIsForbidden() {
        assertFails(() -> Access.requireManage(organizerOf("PHUOC_AN"), "PHUOC_THIEN", TREE),
                Failure.FORBIDDEN, "auth.outsideScope");
    }

    @Test
    void managingInsideTheScopeIsAllowed() {
        assertThatCode(() -> Access.requireManage(organizerOf("PHUOC_AN"), "AP2", TREE)).doesNotThrowAnyException();
        assertThatCode(() -> Access.requireManage(ADMIN, "AP3", TREE)).doesNotThrowAnyException();
    }

    @Test
    void anonymousPeopleMustLogInFirst() {
        assertFails(() -> Access.requireManage(Actor.ANONYMOUS, "AP1", TREE), Failure.UNAUTHENTICATED, "auth.required");
        assertFails(() -> Access.requireAdmin(Actor.ANONYMOUS), Failure.UNAUTHENTICATED, "auth.required");
        assertFails(() -> Access.requireManager(Actor.ANONYMOUS), Failure.UNAUTHENTICATED, "auth.required");
    }

    @Test
    void onlyAdministratorsPassTheAdministratorCheck() {
        assertThatCode(() -> Access.requireAdmin(ADMIN)).doesNotThrowAnyException();
        assertFails(() -> Access.requireAdmin(organizerOf("TINH")), Failure.FORBIDDEN, "auth.forbidden");
    }

    @Test
    void aLearnerIsNoManagerButAnOrganizerIs() {
        assertFails(() -> Access.requireManager(LEARNER), Failure.FORBIDDEN, "auth.forbidden");
        assertThatCode(() -> Access.requireManager(organizerOf("AP1"))).doesNotThrowAnyException();
        assertThatCode(() -> Access.requireManager(ADMIN)).doesNotThrowAnyException();
    }

    private static void assertFails(ThrowingCallable call, Failure failure, String messageKey) {
        DomainException thrown = catchThrowableOfType(DomainException.class, call);

        assertThat(thrown).as("a DomainException").isNotNull();
        assertThat(thrown.failure()).isEqualTo(failure);
        assertThat(thrown.errors()).extracting(FieldError::messageKey).containsExactly(messageKey);
    }
}
