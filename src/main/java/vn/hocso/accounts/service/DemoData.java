package vn.hocso.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.hocso.accounts.core.ConsentPurpose;
import vn.hocso.accounts.core.Gender;
import vn.hocso.accounts.core.PasswordHasher;
import vn.hocso.accounts.core.PlanFlags;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Consent;
import vn.hocso.accounts.model.Unit;
import vn.hocso.accounts.model.UnitLink;

/**
 * The demo installation: a small unit tree and one account per role, all with the
 * password {@value #PASSWORD}. Loaded only in demo mode, never on a production database.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "hocso-demo";
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    @Inject
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private PasswordHasher hasher;

    private final Map<String, Unit> units = new HashMap<>();

    void load() {
        unit("TD-NT", "Tỉnh Đoàn Ninh Thuận", UnitKind.PROVINCE_UNION, null);
        unit("HD-NP", "Huyện Đoàn Ninh Phước", UnitKind.DISTRICT_UNION, "TD-NT");
        unit("X-PD", "Đoàn thị trấn Phước Dân", UnitKind.COMMUNE_UNION, "HD-NP");
        unit("X-PH", "Đoàn xã Phước Hậu", UnitKind.COMMUNE_UNION, "HD-NP");
        unit("X-PT", "Đoàn xã Phước Thuận", UnitKind.COMMUNE_UNION, "HD-NP");
        unit("CD-KP1", "Chi đoàn Khu phố 1", UnitKind.BRANCH, "X-PD");
        unit("CD-HS", "Chi đoàn thôn Hậu Sanh", UnitKind.BRANCH, "X-PH");
        unit("TH-PVD", "Đoàn trường THPT Phạm Văn Đồng", UnitKind.SCHOOL, "HD-NP");

        account("admin", "Trần Quốc Bảo", 1985, Gender.MALE, "TD-NT", Role.ADMIN, null);
        account("organizer", "Nguyễn Thị Hồng Nhung", 1992, Gender.FEMALE, "HD-NP", Role.ORGANIZER, "HD-NP");
        account("organizer-phuochau", "Lê Văn Hậu", 1995, Gender.MALE, "X-PH", Role.ORGANIZER, "X-PH");
        account("trainer", "Đặng Văn Ưng", 1990, Gender.MALE, "HD-NP", Role.TRAINER, "HD-NP");
        account("learner", "Phạm Thị Mai", 2003, Gender.FEMALE, "CD-KP1", Role.LEARNER, null);
    }

    private void unit(String code, String name, UnitKind kind, String parent) {
        Unit unit = new Unit(code, name, kind, SINCE);
        em.persist(unit);
        units.put(code, unit);
        if (parent != null) {
            em.persist(new UnitLink(unit, units.get(parent), SINCE));
        }
    }

    private void account(String username, String fullName, int birthYear, Gender gender, String unit, Role role, String scope) {
        Account account = new Account(username, fullName, clock.instant());
        account.setPasswordHash(hasher.hash(PASSWORD));
        account.updateProfile(fullName, birthYear, gender, units.get(unit), new PlanFlags(true, role != Role.LEARNER, false, false, false));
        account.consent(ConsentPurpose.TRAINING, Consent.GivenBy.SELF, PrivacyNotice.VERSION, clock.instant());
        account.grant(role, scope == null ? null : units.get(scope));
        em.persist(account);
    }
}
