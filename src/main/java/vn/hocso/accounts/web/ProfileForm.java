package vn.hocso.accounts.web;

import java.io.Serializable;
import java.time.Year;
import java.util.List;
import vn.hocso.accounts.core.EthnicGroups;
import vn.hocso.accounts.core.Gender;
import vn.hocso.accounts.core.PlanFlags;
import vn.hocso.accounts.core.Profile;
import vn.hocso.accounts.core.RegistrationRules;
import vn.hocso.accounts.model.Account;
import vn.hocso.platform.errors.DomainException;

/** The profile fields shared by the registration and profile pages. */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fullName;
    private Integer birthYear;
    private Gender gender;
    private String unitCode;
    private String unitText;
    private boolean unionMember;
    private boolean unionOfficial;
    private boolean ocopProducer;
    private boolean digitalTeamMember;
    private boolean difficultArea;
    private String ethnicity;
    private boolean ethnicityConsent;
    private String guardianName;
    private String guardianPhone;
    private boolean guardianConsent;

    static ProfileForm of(Account account, UnitOption unit) {
        ProfileForm form = new ProfileForm();
        form.fullName = account.getFullName();
        form.birthYear = account.getBirthYear();
        form.gender = account.getGender();
        if (unit != null) {
            form.unitCode = unit.code();
            form.unitText = unit.label();
        }
        PlanFlags flags = account.flags();
        form.unionMember = flags.unionMember();
        form.unionOfficial = flags.unionOfficial();
        form.ocopProducer = flags.ocopProducer();
        form.digitalTeamMember = flags.digitalTeamMember();
        form.difficultArea = flags.difficultArea();
        form.ethnicity = account.getEthnicity();
        form.ethnicityConsent = account.getEthnicity() != null;
        form.guardianName = account.getGuardianName();
        form.guardianPhone = account.getGuardianPhone();
        form.guardianConsent = account.getGuardianName() != null;
        return form;
    }

    Profile toProfile() {
        return new Profile(fullName, birthYear, gender, unitCode,
                new PlanFlags(unionMember, unionOfficial, ocopProducer, digitalTeamMember, difficultArea),
                ethnicity, ethnicityConsent,
                needsGuardian() ? new Profile.Guardian(guardianName, guardianPhone, guardianConsent) : null);
    }

    /**
     * The unit picker sets the code; without JavaScript only the typed text arrives, and a
     * text that names exactly one unit is as good as picking it.
     */
    void resolveUnit(UnitPicker picker) {
        if ((unitCode == null || unitCode.isBlank()) && unitText != null && !unitText.isBlank()) {
            unitCode = picker.uniqueMatch(unitText).map(UnitOption::code)
                    .orElseThrow(() -> DomainException.invalid("unitCode", "unit.pickFromList", unitText.strip()));
        }
    }

    /** Drives the guardian section, which appears as soon as the birth year says so. */
    public boolean needsGuardian() {
        return birthYear != null && RegistrationRules.mayBeUnder16(birthYear, Year.now());
    }

    /** The first birth year that may still be under 16 this year. */
    public int getGuardianBirthYearFrom() {
        return Year.now().getValue() - RegistrationRules.GUARDIAN_AGE;
    }

    public List<Gender> getGenders() {
        return List.of(Gender.values());
    }

    public List<String> getEthnicGroups() {
        return EthnicGroups.all();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getUnitText() {
        return unitText;
    }

    public void setUnitText(String unitText) {
        this.unitText = unitText;
    }

    public boolean isUnionMember() {
        return unionMember;
    }

    public void setUnionMember(boolean unionMember) {
        this.unionMember = unionMember;
    }

    public boolean isUnionOfficial() {
        return unionOfficial;
    }

    public void setUnionOfficial(boolean unionOfficial) {
        this.unionOfficial = unionOfficial;
    }

    public boolean isOcopProducer() {
        return ocopProducer;
    }

    public void setOcopProducer(boolean ocopProducer) {
        this.ocopProducer = ocopProducer;
    }

    public boolean isDigitalTeamMember() {
        return digitalTeamMember;
    }

    public void setDigitalTeamMember(boolean digitalTeamMember) {
        this.digitalTeamMember = digitalTeamMember;
    }

    public boolean isDifficultArea() {
        return difficultArea;
    }

    public void setDifficultArea(boolean difficultArea) {
        this.difficultArea = difficultArea;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public boolean isEthnicityConsent() {
        return ethnicityConsent;
    }

    public void setEthnicityConsent(boolean ethnicityConsent) {
        this.ethnicityConsent = ethnicityConsent;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }

    public void setGuardianPhone(String guardianPhone) {
        this.guardianPhone = guardianPhone;
    }

    public boolean isGuardianConsent() {
        return guardianConsent;
    }

    public void setGuardianConsent(boolean guardianConsent) {
        this.guardianConsent = guardianConsent;
    }
}
