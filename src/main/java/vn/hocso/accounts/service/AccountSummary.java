package vn.hocso.accounts.service;

import java.util.List;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.RoleGrant;

/** An account as organizers see it in lists: no sensitive data, no consents. */
public record AccountSummary(String username, String fullName, Integer birthYear, String gender,
                             String unitCode, String unitName, List<String> roles) {

    static AccountSummary of(Account a) {
        return new AccountSummary(a.getUsername(), a.getFullName(), a.getBirthYear(),
                a.getGender() == null ? null : a.getGender().name(),
                a.getUnit() == null ? null : a.getUnit().getCode(),
                a.getUnit() == null ? null : a.getUnit().getName(),
                a.getRoles().stream().map(AccountSummary::describe).sorted().toList());
    }

    private static String describe(RoleGrant grant) {
        return grant.getUnit() == null ? grant.getRole().name() : grant.getRole().name() + "@" + grant.getUnit().getCode();
    }
}
