package vn.hocso.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.SearchText;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.accounts.core.VietnameseOrder;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Unit;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;

/**
 * Accounts as organizers and administrators manage them: an organizer sees the people of
 * their unit's subtree only; only an administrator grants roles.
 */
@ApplicationScoped
public class DirectoryService {

    private Accounts accounts;
    private UnitService units;
    private AuditLog audit;

    protected DirectoryService() {
    }

    @Inject
    public DirectoryService(Accounts accounts, UnitService units, AuditLog audit) {
        this.accounts = accounts;
        this.units = units;
        this.audit = audit;
    }

    /** People of {@code unitCode}'s subtree (or of all the actor manages when null), filtered by name. */
    public List<AccountSummary> list(Actor actor, String unitCode, String query) {
        Access.requireManager(actor);
        UnitTree.Snapshot tree = units.today();
        Set<String> unitsToList;
        if (unitCode == null || unitCode.isBlank()) {
            unitsToList = Access.managedUnits(actor, tree);
        } else {
            units.get(unitCode);
            Access.requireManage(actor, unitCode, tree);
            unitsToList = tree.subtree(unitCode);
        }
        return accounts.inUnits(unitsToList).stream()
                .filter(a -> query == null || query.isBlank() || SearchText.matches(a.getFullName() + " " + a.getUsername(), query))
                .sorted(VietnameseOrder.by(Account::getFullName))
                .map(AccountSummary::of)
                .toList();
    }

    public AccountSummary get(Actor actor, String username) {
        return AccountSummary.of(managed(actor, username));
    }

    @Transactional
    public void grantRole(Actor actor, String username, Role role, String unitCode) {
        Access.requireAdmin(actor);
        Account account = accounts.get(username);
        Unit scope = null;
        if (role.isScopedToUnit()) {
            if (unitCode == null || unitCode.isBlank()) {
                throw DomainException.invalid("unitCode", "field.required");
            }
            scope = units.get(unitCode);
        }
        account.grant(role, scope);
        audit.record(actor.username(), "ROLE_GRANT", SelfService.target(account), role + (scope == null ? "" : "@" + scope.getCode()));
    }

    @Transactional
    public void revokeRole(Actor actor, String username, Role role) {
        Access.requireAdmin(actor);
        Account account = accounts.get(username);
        if (role == Role.ADMIN && actor.username().equals(account.getUsername())) {
            throw DomainException.invalid("role", "role.cannotRevokeOwnAdmin");
        }
        account.revoke(role);
        audit.record(actor.username(), "ROLE_REVOKE", SelfService.target(account), role.name());
    }

    private Account managed(Actor actor, String username) {
        Access.requireAuthenticated(actor);
        Account account = accounts.get(username);
        Access.requireManage(actor, account.getUnit() == null ? null : account.getUnit().getCode(), units.today());
        return account;
    }
}
