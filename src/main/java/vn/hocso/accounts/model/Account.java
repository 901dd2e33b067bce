package vn.hocso.accounts.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hocso.accounts.core.ConsentPurpose;
import vn.hocso.accounts.core.Gender;
import vn.hocso.accounts.core.LoginThrottle;
import vn.hocso.accounts.core.PlanFlags;
import vn.hocso.accounts.core.Role;
import vn.hocso.platform.persistence.Identified;

/** A person's account: identity, profile, the plan's flags, roles and consents. */
@Entity
@EntityListeners(ActorCache.class)
@Table(name = "account")
public class Account extends Identified {

    @Column(nullable = false, unique = true, length = 120)
    private String username;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "full_name", length = 120)
    private String fullName;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(length = 60)
    private String ethnicity;

    @Column(name = "union_member")
    private boolean unionMember;
    @Column(name = "union_official")
    private boolean unionOfficial;
    @Column(name = "ocop_producer")
    private boolean ocopProducer;
    @Column(name = "digital_team_member")
    private boolean digitalTeamMember;
    @Column(name = "difficult_area")
    private boolean difficultArea;

    @Column(name = "guardian_name", length = 120)
    private String guardianName;
    @Column(name = "guardian_phone", length = 20)
    private String guardianPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "last_failed_login")
    private Instant lastFailedLogin;
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "erased_at")
    private Instant erasedAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleGrant> roles = new ArrayList<>();

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL)
    private List<Consent> consents = new ArrayList<>();

    @Version
    private int version;

    protected Account() {
    }

    public Account(String username, String fullName, Instant createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.createdAt = createdAt;
    }

    public void updateProfile(String fullName, int birthYear, Gender gender, Unit unit, PlanFlags flags) {
        this.fullName = fullName;
        this.birthYear = birthYear;
        this.gender = gender;
        this.unit = unit;
        setFlags(flags);
    }

    /** What an organizer's roster file says of a person it creates an account for; blanks stay unknown. */
    public void describeFromRoster(Integer birthYear, Gender gender, Unit unit, PlanFlags flags) {
        this.birthYear = birthYear;
        this.gender = gender;
        this.unit = unit;
        setFlags(flags);
    }

    /** Ethnicity is sensitive: kept only while its own consent stands. */
    public void recordEthnicity(String ethnicity) {
        this.ethnicity = ethnicity == null || ethnicity.isBlank() ? null : ethnicity.strip();
    }

    public void recordGuardian(String name, String phone) {
        this.guardianName = name;
        this.guardianPhone = phone;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void grant(Role role, Unit scope) {
        Unit unitScope = role.isScopedToUnit() ? scope : null;
        roles.stream().filter(g -> g.getRole() == role).findFirst().ifPresentOrElse(
                existing -> existing.scopeTo(unitScope),
                () -> roles.add(new RoleGrant(this, role, unitScope)));
    }

    public void revoke(Role role) {
        roles.removeIf(g -> g.getRole() == role);
    }

    public Consent consent(ConsentPurpose purpose, Consent.GivenBy givenBy, String noticeVersion, Instant now) {
        Consent consent = new Consent(this, purpose, givenBy, noticeVersion, now);
        consents.add(consent);
        return consent;
    }

    public Optional<Consent> activeConsent(ConsentPurpose purpose) {
        return consents.stream().filter(c -> c.getPurpose() == purpose && c.isActive()).findFirst();
    }

    public boolean hasConsent(ConsentPurpose purpose) {
        return activeConsent(purpose).isPresent();
    }

    public void recordFailedLogin(Instant now) {
        failedLogins++;
        lastFailedLogin = now;
        if (LoginThrottle.locksAfter(failedLogins)) {
            lockedUntil = now.plus(LoginThrottle.LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lastFailedLogin = null;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Optional<Instant> loginBlockedUntil(Instant now) {
        return LoginThrottle.blockedUntil(failedLogins, lastFailedLogin, lockedUntil, now);
    }

    /**
     * Deletes the person from the account: every identifying field is cleared. What stays
     * (birth year, gender, unit, flags) identifies nobody and feeds anonymous statistics,
     * and only if the person had agreed to that; otherwise it is cleared too.
     */
    public void erase(Instant now) {
        boolean keepStatistics = hasConsent(ConsentPurpose.STATISTICS);
        ActorCache.forget(username);
        username = "erased-" + getId();
        passwordHash = null;
        fullName = null;
        ethnicity = null;
        guardianName = null;
        guardianPhone = null;
        if (!keepStatistics) {
            birthYear = null;
            gender = null;
            unit = null;
            setFlags(PlanFlags.NONE);
        }
        roles.clear();
        consents.stream().filter(Consent::isActive).forEach(c -> c.withdraw(now));
        status = AccountStatus.ERASED;
        erasedAt = now;
    }

    private void setFlags(PlanFlags flags) {
        unionMember = flags.unionMember();
        unionOfficial = flags.unionOfficial();
        ocopProducer = flags.ocopProducer();
        digitalTeamMember = flags.digitalTeamMember();
        difficultArea = flags.difficultArea();
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(g -> set.add(g.getRole()));
        return set;
    }

    public boolean hasRole(Role role) {
        return roleSet().contains(role);
    }

    public Optional<Unit> scopeOf(Role role) {
        return roles.stream().filter(g -> g.getRole() == role).findFirst().map(RoleGrant::getUnit);
    }

    public PlanFlags flags() {
        return new PlanFlags(unionMember, unionOfficial, ocopProducer, digitalTeamMember, difficultArea);
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public Gender getGender() {
        return gender;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RoleGrant> getRoles() {
        return List.copyOf(roles);
    }

    public List<Consent> getConsents() {
        return List.copyOf(consents);
    }
}
