package vn.hocso.accounts.service;

import java.util.Comparator;
import java.util.List;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.RoleGrant;

/** An account as organizers see it in lists: no sensitive data, no consents. */
public record AccountSummary(String username, String fullName, Integer birthYear, String gender,
                             String unitCode, String unitName, List<Grant> roles) {

    /** A role and, for organizers and trainers, the unit it was granted at. */
    public record Grant(String role, String unitCode, String unitName) {
    }

    static AccountSummary of(Account a) {
        return new AccountSummary(a.getUsername(), a.getFullName(), a.getBirthYear(),
                a.getGender() == null ? null : a.getGender().name(),
                a.getUnit() == null ? null : a.getUnit().getCode(),
                a.getUnit() == null ? null : a.getUnit().getName(),
                a.getRoles().stream().map(AccountSummary::grant)
                        .sorted(Comparator.comparing(Grant::role)).toList());
    }

    private static Grant grant(RoleGrant grant) {
        return grant.getUnit() == null
                ? new Grant(grant.getRole().name(), null, null)
                : new Grant(grant.getRole().name(), grant.getUnit().getCode(), grant.getUnit().getName());
    }
}
