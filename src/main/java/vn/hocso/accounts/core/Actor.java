package vn.hocso.accounts.core;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: every service method takes one and checks it. Scoped roles carry the
 * code of the unit they were granted at.
 */
public record Actor(String username, Set<Role> roles, Map<Role, String> scopes) {

    public static final Actor ANONYMOUS = new Actor(null, Set.of(), Map.of());

    public Actor {
        roles = Set.copyOf(roles);
        scopes = Map.copyOf(scopes);
    }

    public boolean isAuthenticated() {
        return username != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public Optional<String> scope(Role role) {
        return Optional.ofNullable(scopes.get(role));
    }
}
