package vn.hocso.accounts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hocso.accounts.service.DomainAssertions.assertFails;
import static vn.hocso.accounts.service.DomainAssertions.assertInvalid;
import static vn.hocso.accounts.service.ServiceFixture.ADMIN;
import static vn.hocso.accounts.service.ServiceFixture.TODAY;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Role;
import vn.hocso.platform.errors.Failure;

class DirectoryServiceTest {

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final Actor phuocHau = f.organizer("organizer-phuochau", "X-PH");

    DirectoryServiceTest() {
        f.learner("0911111111", "Trần Thị Hoa", "X-PH");
        f.learner("0922222222", "Đặng Văn Ưng", "CD-HS");
        f.learner("0933333333", "Phạm Thị Mai", "CD-KP1");
        f.learner("0944444444", "Nguyễn Văn Bảo", "X-PD");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void communeOrganizerListsThePeopleOfTheCommuneAndItsBranchesInVietnameseOrder() {
        assertThat(f.tx(() -> f.directory.list(phuocHau, null, null)))
                .extracting(AccountSummary::fullName, AccountSummary::unitCode)
                .containsExactly(tuple("Đặng Văn Ưng", "CD-HS"), tuple("Lê Văn Hậu", "X-PH"), tuple("Trần Thị Hoa", "X-PH"));
    }

    @Test
    void listCanBeNarrowedToABranchAndFilteredByNameWithoutDiacritics() {
        assertThat(usernames(phuocHau, "CD-HS")).containsExactly("0922222222");
        assertThat(f.tx(() -> f.directory.list(phuocHau, null, "tran hoa")))
                .extracting(AccountSummary::username).containsExactly("0911111111");
    }

    @Test
    void communeOrganizerIsForbiddenThePeopleOfAnotherCommune() {
        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> f.directory.get(phuocHau, "0944444444")));
        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> f.directory.list(phuocHau, "X-PD", null)));
    }

    @Test
    void communeOrganizerGetsAPersonOfTheirBranch() {
        AccountSummary person = f.tx(() -> f.directory.get(phuocHau, "0922222222"));

        assertThat(person.unitCode()).isEqualTo("CD-HS");
        assertThat(person.roles()).containsExactly(new AccountSummary.Grant("LEARNER", null, null));
    }

    @Test
    void districtOrganizerSeesBothCommunes() {
        Actor district = f.organizer("organizer", "HD-NP");

        assertThat(usernames(district, null)).containsExactlyInAnyOrder("organizer", "organizer-phuochau",
                "0911111111", "0922222222", "0933333333", "0944444444");
        assertThat(f.tx(() -> f.directory.get(district, "0944444444")).unitCode()).isEqualTo("X-PD");
    }

    @Test
    void peopleOfAMergedUnitAreListedUnderItsSuccessor() {
        f.tx(() -> f.units.merge(ADMIN, "X-PD", "X-PH", TODAY));

        assertThat(f.tx(() -> f.directory.get(phuocHau, "0944444444")).unitCode()).isEqualTo("X-PD");
        assertThat(usernames(phuocHau, null)).contains("0933333333", "0944444444");
    }

    @Test
    void learnerIsForbiddenTheDirectory() {
        Actor learner = f.actorOf(f.tx(() -> f.accounts.get("0911111111")));

        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> f.directory.list(learner, null, null)));
    }

    @Test
    void adminGrantsAnOrganizerRoleAtAUnitAndRevokesIt() {
        f.tx(() -> f.directory.grantRole(ADMIN, "0944444444", Role.ORGANIZER, "X-PD"));

        Actor granted = f.actorOf(f.tx(() -> f.accounts.get("0944444444")));
        assertThat(granted.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.ORGANIZER);
        assertThat(granted.scopes()).isEqualTo(Map.of(Role.ORGANIZER, "X-PD"));
        assertThat(usernames(granted, null)).containsExactlyInAnyOrder("0933333333", "0944444444");

        f.tx(() -> f.directory.revokeRole(ADMIN, "0944444444", Role.ORGANIZER));

        Actor revoked = f.actorOf(f.tx(() -> f.accounts.get("0944444444")));
        assertThat(revoked.roles()).containsExactly(Role.LEARNER);
        assertThat(revoked.scopes()).isEmpty();
    }

    @Test
    void scopedRoleNeedsAUnit() {
        assertInvalid(() -> f.tx(() -> f.directory.grantRole(ADMIN, "0944444444", Role.ORGANIZER, " ")), "unitCode");
    }

    @Test
    void organizerCannotGrantRoles() {
        Actor district = f.organizer("organizer", "HD-NP");

        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> f.directory.grantRole(district, "0911111111", Role.ORGANIZER, "X-PH")));
        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> f.directory.revokeRole(district, "organizer-phuochau", Role.ORGANIZER)));
        assertThat(f.actorOf(f.tx(() -> f.accounts.get("0911111111"))).roles()).containsExactly(Role.LEARNER);
    }

    private List<String> usernames(Actor actor, String unitCode) {
        return f.tx(() -> f.directory.list(actor, unitCode, null)).stream().map(AccountSummary::username).toList();
    }
}
