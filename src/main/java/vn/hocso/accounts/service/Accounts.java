package vn.hocso.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.Usernames;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.ActorCache;
import vn.hocso.accounts.model.AccountStatus;
import vn.hocso.accounts.model.RoleGrant;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;

/** Finding accounts, and turning one into the {@link Actor} the services check. */
@ApplicationScoped
public class Accounts {

    private EntityManager em;

    protected Accounts() {
    }

    @Inject
    public Accounts(EntityManager em) {
        this.em = em;
    }

    /** Active accounts only; the name is normalised as at registration ("+84 9…" = "09…"). */
    public Optional<Account> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String key = Usernames.normalize(username).orElse(username.strip().toLowerCase(Locale.ROOT));
        return em.createQuery("select a from Account a where a.username = :username and a.status = :active", Account.class)
                .setParameter("username", key)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultStream().findFirst();
    }

    public Account get(String username) {
        return find(username).orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "account.unknown", username));
    }

    public boolean isTaken(String normalizedUsername) {
        return !em.createQuery("select a.id from Account a where a.username = :username", Long.class)
                .setParameter("username", normalizedUsername)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Active accounts whose unit is one of {@code unitCodes}. */
    public List<Account> inUnits(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Account a where a.status = :active and a.unit.code in :units", Account.class)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("units", unitCodes)
                .getResultList();
    }

    /** Who is asking, from the account and its roles (cached for a minute, forgotten on any change). */
    public Actor actorFor(String username) {
        return ActorCache.actorFor(username, () -> find(username).map(Accounts::toActor).orElse(Actor.ANONYMOUS));
    }

    public static Actor toActor(Account account) {
        Map<Role, String> scopes = new EnumMap<>(Role.class);
        for (RoleGrant grant : account.getRoles()) {
            if (grant.getUnit() != null) {
                scopes.put(grant.getRole(), grant.getUnit().getCode());
            }
        }
        return new Actor(account.getUsername(), account.roleSet(), scopes);
    }
}
