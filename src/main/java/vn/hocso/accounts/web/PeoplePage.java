package vn.hocso.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.SearchText;
import vn.hocso.accounts.service.AccountSummary;
import vn.hocso.accounts.service.DirectoryService;
import vn.hocso.accounts.service.PasswordResetService;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;

/**
 * Organizers: the people of their subtree, and one-time codes for those who forgot their
 * password. Administrators also grant and revoke roles here.
 */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;
    @Inject
    private PasswordResetService resets;
    @Inject
    private CurrentActor current;
    @Inject
    private UnitPicker unitPicker;
    @Inject
    private Language language;

    private UnitOption unit;
    private String query;
    private List<AccountSummary> people;
    private AccountSummary selected;
    private String issuedCode;
    private Role role;
    private UnitOption roleUnit;

    @PostConstruct
    void load() {
        current.actor().scope(Role.ORGANIZER).ifPresent(code -> unit = unitPicker.byCode(code));
        search();
    }

    public void search() {
        people = directory.list(current.actor(), unit == null ? null : unit.code(), query);
        selected = null;
        issuedCode = null;
    }

    public void select(AccountSummary person) {
        selected = person;
        issuedCode = null;
    }

    public void issueResetCode() {
        issuedCode = resets.issueCode(current.actor(), selected.username());
    }

    public void grantRole() {
        directory.grantRole(current.actor(), selected.username(), role, roleUnit == null ? null : roleUnit.code());
        refreshSelected();
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("roles.granted"));
    }

    public void revokeRole(String roleName) {
        directory.revokeRole(current.actor(), selected.username(), Role.valueOf(roleName));
        refreshSelected();
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text("roles.revoked"));
    }

    private void refreshSelected() {
        String username = selected.username();
        search();
        selected = directory.get(current.actor(), username);
    }

    /** Only administrators reset the passwords of officers; organizers see why instead of a button. */
    public boolean isCanIssueCode() {
        return selected != null && (current.actor().isAdmin() || selected.roles().stream()
                .noneMatch(g -> g.role().equals(Role.ADMIN.name()) || g.role().equals(Role.ORGANIZER.name())));
    }

    /** The name column's filter, diacritics optional like every search in HọcSố. */
    public boolean filterByName(Object value, Object filter, Locale locale) {
        return filter == null || filter.toString().isBlank() || SearchText.matches(String.valueOf(value), filter.toString());
    }

    public boolean isAdmin() {
        return current.actor().isAdmin();
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<AccountSummary> getPeople() {
        return people;
    }

    public AccountSummary getSelected() {
        return selected;
    }

    public String getIssuedCode() {
        return issuedCode;
    }

    public UnitOption getUnit() {
        return unit;
    }

    public void setUnit(UnitOption unit) {
        this.unit = unit;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public UnitOption getRoleUnit() {
        return roleUnit;
    }

    public void setRoleUnit(UnitOption roleUnit) {
        this.roleUnit = roleUnit;
    }
}
