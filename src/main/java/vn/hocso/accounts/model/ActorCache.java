package vn.hocso.accounts.model;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.hocso.accounts.core.Actor;

/**
 * Who a logged-in person is (roles and their units), kept for a minute so that requests
 * during a contest do not each read the account again. Any change to an account or its
 * roles made through the application forgets the entry at once (this class is also their
 * entity listener), so a revoked role or an erased account still takes effect immediately.
 */
public class ActorCache {

    private static final long TTL_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int MAX_ENTRIES = 50_000;
    private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();

    private record Entry(Actor actor, long loadedAt) {
    }

    /** The cached actor of a username, or the one {@code load} reads (not kept when anonymous). */
    public static Actor actorFor(String username, Supplier<Actor> load) {
        Entry entry = ENTRIES.get(username);
        if (entry != null && System.nanoTime() - entry.loadedAt() < TTL_NANOS) {
            return entry.actor();
        }
        Actor actor = load.get();
        if (actor.isAuthenticated()) {
            if (ENTRIES.size() >= MAX_ENTRIES) {
                ENTRIES.clear();
            }
            ENTRIES.put(username, new Entry(actor, System.nanoTime()));
        } else {
            ENTRIES.remove(username);
        }
        return actor;
    }

    public static void forget(String username) {
        if (username != null) {
            ENTRIES.remove(username);
        }
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (entity instanceof Account account) {
            forget(account.getUsername());
        } else if (entity instanceof RoleGrant grant && grant.getAccount() != null) {
            forget(grant.getAccount().getUsername());
        }
    }
}
