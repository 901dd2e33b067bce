package vn.hocso.accounts.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hocso.accounts.core.Gender;
import vn.hocso.accounts.core.PlanFlags;
import vn.hocso.accounts.core.Profile;
import vn.hocso.accounts.core.Registration;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.platform.errors.DomainException;

/** The JSON shapes of the accounts API. Entities never leave the service layer. */
public final class AccountDtos {

    private AccountDtos() {
    }

    public record UnitRef(String code, String name) {
    }

    public record Me(String username, String fullName, List<String> roles, UnitRef unit) {
    }

    /** A unit; {@code path} names the units above it ("Tỉnh Đoàn … › Huyện Đoàn …") for pickers. */
    public record UnitDto(String code, String name, String kind, String parentCode, String path,
                          LocalDate validFrom, LocalDate validTo) {
        static UnitDto of(UnitNode unit, UnitTree.Snapshot tree) {
            return new UnitDto(unit.code(), unit.name(), unit.kind().name(),
                    tree.parent(unit.code()).map(UnitNode::code).orElse(null), tree.ancestry(unit.code()),
                    unit.validFrom(), unit.validTo());
        }
    }

    public record Flags(Boolean unionMember, Boolean unionOfficial, Boolean ocopProducer,
                        Boolean digitalTeamMember, Boolean difficultArea) {
        PlanFlags toFlags() {
            return new PlanFlags(yes(unionMember), yes(unionOfficial), yes(ocopProducer), yes(digitalTeamMember), yes(difficultArea));
        }

        private static boolean yes(Boolean value) {
            return Boolean.TRUE.equals(value);
        }
    }

    public record Consents(Boolean training, Boolean statistics, Boolean ethnicity) {
    }

    public record GuardianDto(String fullName, String phone, Boolean consent) {
    }

    public record RegistrationRequest(String username, String password, String fullName, Integer birthYear, String gender,
                                      String unitCode, Flags flags, String ethnicity, Consents consents, GuardianDto guardian) {

        /**
         * Giving an ethnicity through the API is itself the person's explicit choice, but
         * the consent must still be sent: consents.ethnicity = true.
         */
        Registration toRegistration() {
            Consents c = consents == null ? new Consents(null, null, null) : consents;
            Profile profile = new Profile(fullName, birthYear, parseGender(gender), unitCode,
                    flags == null ? null : flags.toFlags(), ethnicity, c.ethnicity(),
                    guardian == null ? null : new Profile.Guardian(guardian.fullName(), guardian.phone(), guardian.consent()));
            return new Registration(username, password, profile, c.training(), c.statistics());
        }
    }

    public record Created(String username) {
    }

    public record ResetCode(String code, Instant expiresAt) {
    }

    public record PasswordReset(String username, String code, String newPassword) {
    }

    public record RoleRequest(String unitCode) {
    }

    public record NewUnit(String code, String name, String kind, String parentCode, LocalDate validFrom) {
    }

    public record Rename(String name) {
    }

    public record Move(String parentCode, LocalDate effective) {
    }

    public record Merge(String intoCode, LocalDate effective) {
    }

    static Gender parseGender(String gender) {
        if (gender == null) {
            return null;
        }
        return parse(Gender.class, gender).orElseThrow(() -> DomainException.invalid("gender", "gender.invalid"));
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
