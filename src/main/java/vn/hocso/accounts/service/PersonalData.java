package vn.hocso.accounts.service;

import java.time.Instant;
import java.util.List;
import vn.hocso.accounts.model.Account;
import vn.hocso.platform.audit.AuditEntry;

/** Everything HọcSố holds about a person, as they download it ("my data" as JSON). */
public record PersonalData(String username, String fullName, Integer birthYear, String gender, String unitCode,
                           String unitName, String ethnicity, Flags flags, Guardian guardian, List<String> roles,
                           List<ConsentRecord> consents, List<Activity> activity, Instant createdAt, Instant exportedAt) {

    public record Flags(boolean unionMember, boolean unionOfficial, boolean ocopProducer,
                        boolean digitalTeamMember, boolean difficultArea) {
    }

    public record Guardian(String fullName, String phone) {
    }

    public record ConsentRecord(String purpose, String givenBy, String noticeVersion, Instant givenAt, Instant withdrawnAt) {
    }

    public record Activity(Instant at, String action, String detail) {
    }

    static PersonalData of(Account a, List<AuditEntry> activity, Instant now) {
        var f = a.flags();
        return new PersonalData(a.getUsername(), a.getFullName(), a.getBirthYear(),
                a.getGender() == null ? null : a.getGender().name(),
                a.getUnit() == null ? null : a.getUnit().getCode(),
                a.getUnit() == null ? null : a.getUnit().getName(),
                a.getEthnicity(),
                new Flags(f.unionMember(), f.unionOfficial(), f.ocopProducer(), f.digitalTeamMember(), f.difficultArea()),
                a.getGuardianName() == null ? null : new Guardian(a.getGuardianName(), a.getGuardianPhone()),
                a.roleSet().stream().map(Enum::name).sorted().toList(),
                a.getConsents().stream().map(c -> new ConsentRecord(c.getPurpose().name(), c.getGivenBy().name(),
                        c.getNoticeVersion(), c.getGivenAt(), c.getWithdrawnAt())).toList(),
                activity.stream().map(e -> new Activity(e.getAt(), e.getAction(), e.getDetail())).toList(),
                a.getCreatedAt(), now);
    }
}
