package vn.hocso.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Year;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocso.platform.errors.FieldError;

class RegistrationRulesTest {

    private static final Year THIS_YEAR = Year.of(2026);

    private final RegistrationRules rules = new RegistrationRules(PasswordPolicy.standard());

    /** A registration form filled in correctly by an adult; each test breaks what it is about. */
    private static final class Form {
        String username = "0912345678";
        String password = "mây trắng bay qua đồi";
        Boolean trainingConsent = true;
        Boolean statisticsConsent;
        String fullName = "Nguyễn Thị Hoa";
        Integer birthYear = 1995;
        Gender gender = Gender.FEMALE;
        String unitCode = "PHUOC_DAN";
        String ethnicity;
        Boolean ethnicityConsent;
        Profile.Guardian guardian;

        Registration registration() {
            Profile profile = new Profile(fullName, birthYear, gender, unitCode, null, ethnicity, ethnicityConsent, guardian);
            return new Registration(username, password, profile, trainingConsent, statisticsConsent);
        }
    }

    private static Profile.Guardian guardian() {
        return new Profile.Guardian("Nguyễn Văn Ba", "0987 654 321", true);
    }

    private List<FieldError> errors(Consumer<Form> change) {
        Form form = new Form();
        change.accept(form);
        return rules.check(form.registration(), THIS_YEAR);
    }

    private List<String> fieldsWithErrors(Consumer<Form> change) {
        return errors(change).stream().map(FieldError::field).toList();
    }

    @Test
    void aFullyValidRegistrationHasNoErrors() {
        assertThat(errors(form -> { })).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"nguyen van a", "12345", "0212345678", "an@mail"})
    void usernameMustBeAMobileNumberOrAnEmail(String username) {
        assertThat(errors(form -> form.username = username))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("username", "username.invalid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+84 912 345 678", "Hoa.Nguyen@Mail.VN"})
    void mobileNumbersAndEmailsAreAcceptedAsUsernames(String username) {
        assertThat(errors(form -> form.username = username)).isEmpty();
    }

    @Test
    void aShortPasswordIsReportedWithTheMinimumLength() {
        assertThat(errors(form -> form.password = "hoa sen"))
                .extracting(FieldError::field, FieldError::messageKey, FieldError::arguments)
                .containsExactly(tuple("password", "password.tooShort", List.of(PasswordPolicy.MIN_LENGTH)));
    }

    @Test
    void aCommonPasswordIsReported() {
        assertThat(errors(form -> form.password = "matkhau123"))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("password", "password.common"));
    }

    @Test
    void aPasswordBuiltFromTheUsernameIsReported() {
        assertThat(errors(form -> form.password = "0912345678-hoa"))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("password", "password.containsUsername"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = false)
    void trainingConsentMustBeGiven(Boolean consent) {
        assertThat(errors(form -> form.trainingConsent = consent))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("consents.training", "consent.trainingRequired"));
    }

    @Test
    void statisticsConsentIsOptional() {
        assertThat(errors(form -> form.statisticsConsent = false)).isEmpty();
    }

    @Test
    void anEthnicityFromTheListWithItsConsentIsAccepted() {
        assertThat(errors(form -> {
            form.ethnicity = " Tày ";
            form.ethnicityConsent = true;
        })).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = false)
    void anEthnicityNeedsItsOwnConsent(Boolean consent) {
        assertThat(errors(form -> {
            form.ethnicity = "Tày";
            form.ethnicityConsent = consent;
        })).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("consents.ethnicity", "consent.ethnicityRequired"));
    }

    @Test
    void anEthnicityMustBeOneOfTheFiftyFourGroups() {
        assertThat(errors(form -> {
            form.ethnicity = "Việt kiều";
            form.ethnicityConsent = true;
        })).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("ethnicity", "ethnicity.unknown"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void noEthnicityNeedsNoConsent(String ethnicity) {
        assertThat(errors(form -> form.ethnicity = ethnicity)).isEmpty();
    }

    @Test
    void someoneWhoTurnsSixteenThisYearMayStillBeUnderSixteen() {
        assertThat(RegistrationRules.mayBeUnder16(THIS_YEAR.getValue() - 16, THIS_YEAR)).isTrue();
    }

    @Test
    void someoneWhoTurnsSeventeenThisYearIsSixteenAlready() {
        assertThat(RegistrationRules.mayBeUnder16(THIS_YEAR.getValue() - 17, THIS_YEAR)).isFalse();
    }

    @Test
    void aLearnerWhoMayBeUnderSixteenNeedsAGuardian() {
        assertThat(errors(form -> form.birthYear = 2010))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(
                        tuple("guardian.fullName", "guardian.required"),
                        tuple("guardian.phone", "phone.invalid"),
                        tuple("guardian.consent", "guardian.consentRequired"));
    }

    @Test
    void aLearnerUnderSixteenWithACompleteGuardianIsAccepted() {
        assertThat(errors(form -> {
            form.birthYear = 2010;
            form.guardian = guardian();
        })).isEmpty();
    }

    @Test
    void aLearnerBornSeventeenYearsAgoNeedsNoGuardian() {
        assertThat(errors(form -> form.birthYear = 2009)).isEmpty();
    }

    @Test
    void theGuardianMustHaveANameAMobileNumberAndConsent() {
        assertThat(fieldsWithErrors(form -> {
            form.birthYear = 2012;
            form.guardian = new Profile.Guardian(" ", "0212345678", false);
        })).containsExactly("guardian.fullName", "guardian.phone", "guardian.consent");
    }

    @Test
    void aGuardianWithoutConsentIsReported() {
        assertThat(errors(form -> {
            form.birthYear = 2012;
            form.guardian = new Profile.Guardian("Nguyễn Văn Ba", "0987654321", null);
        })).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("guardian.consent", "guardian.consentRequired"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1916, 2020})
    void birthYearsFromOneHundredTenToSixYearsAgoAreAccepted(int birthYear) {
        assertThat(errors(form -> {
            form.birthYear = birthYear;
            form.guardian = guardian();
        })).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1915, 2021, 2026})
    void birthYearsOutsideTheRangeAreReportedWithTheRange(int birthYear) {
        assertThat(errors(form -> {
            form.birthYear = birthYear;
            form.guardian = guardian();
        })).extracting(FieldError::field, FieldError::messageKey, FieldError::arguments)
                .containsExactly(tuple("birthYear", "birthYear.outOfRange", List.of("1916", "2020")));
    }

    @Test
    void aMissingBirthYearIsRequired() {
        assertThat(errors(form -> form.birthYear = null))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("birthYear", "field.required"));
    }

    @Test
    void genderUnitAndFullNameAreRequired() {
        assertThat(errors(form -> {
            form.gender = null;
            form.unitCode = " ";
            form.fullName = "";
        })).extracting(FieldError::field, FieldError::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("fullName", "field.required"),
                        tuple("gender", "field.required"),
                        tuple("unitCode", "field.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"R2-D2", "<script>", "- Hoa"})
    void aFullNameHasOnlyLettersAndSpaces(String fullName) {
        assertThat(errors(form -> form.fullName = fullName))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("fullName", "name.invalid"));
    }

    @Test
    void aFullNameLongerThanTheLimitIsReported() {
        assertThat(fieldsWithErrors(form -> form.fullName = "Hoa ".repeat(30) + "Lan")).containsExactly("fullName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ka Sô Liêng K'Bes", "Đinh Thị Mỹ-Lệ", "Nguyễn Thị Hoa"})
    void vietnameseAndMinorityNamesAreAccepted(String fullName) {
        assertThat(errors(form -> form.fullName = fullName)).isEmpty();
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        assertThat(fieldsWithErrors(form -> {
            form.username = "nobody";
            form.password = "short";
            form.trainingConsent = null;
            form.fullName = null;
            form.birthYear = 2024;
            form.gender = null;
            form.unitCode = null;
            form.ethnicity = "Không rõ";
            form.ethnicityConsent = false;
        })).containsExactlyInAnyOrder("username", "password", "consents.training", "fullName", "birthYear", "gender",
                "unitCode", "ethnicity", "consents.ethnicity", "guardian.fullName", "guardian.phone", "guardian.consent");
    }

    @Test
    void aRegistrationWithoutAProfileIsReportedNotThrown() {
        Registration registration = new Registration("0912345678", "mây trắng bay qua đồi", null, true, null);

        assertThat(rules.check(registration, THIS_YEAR)).extracting(FieldError::field).containsExactly("fullName");
    }

    @Test
    void aProfileWithoutPlanFlagsHasNone() {
        Profile profile = new Profile("Nguyễn Thị Hoa", 1995, Gender.FEMALE, "X", null, null, null, null);

        assertThat(profile.flags()).isEqualTo(PlanFlags.NONE);
        assertThat(profile.hasEthnicity()).isFalse();
    }
}
