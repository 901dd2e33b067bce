package vn.hocso.accounts.core;

import java.util.Set;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;

/**
 * Who may manage which unit's people: an administrator everywhere, an organizer within
 * the subtree of the unit the role was granted at (as the tree stands on the given day).
 */
public final class Access {

    private Access() {
    }

    public static void requireAuthenticated(Actor actor) {
        if (!actor.isAuthenticated()) {
            throw DomainException.of(Failure.UNAUTHENTICATED, "auth.required");
        }
    }

    public static void requireAdmin(Actor actor) {
        requireAuthenticated(actor);
        if (!actor.isAdmin()) {
            throw DomainException.of(Failure.FORBIDDEN, "auth.forbidden");
        }
    }

    /** An administrator, or an organizer of some unit. */
    public static void requireManager(Actor actor) {
        requireAuthenticated(actor);
        if (!actor.isAdmin() && actor.scope(Role.ORGANIZER).isEmpty()) {
            throw DomainException.of(Failure.FORBIDDEN, "auth.forbidden");
        }
    }

    /** Someone who runs training somewhere: a trainer, an organizer or an administrator. */
    public static void requireTrainer(Actor actor) {
        requireAuthenticated(actor);
        if (!actor.isAdmin() && actor.scope(Role.TRAINER).isEmpty() && actor.scope(Role.ORGANIZER).isEmpty()) {
            throw DomainException.of(Failure.FORBIDDEN, "auth.forbidden");
        }
    }

    /** For an organizer of another commune this is a 403, not a 404: nothing is hidden by lying. */
    public static void requireManage(Actor actor, String unitCode, UnitTree.Snapshot tree) {
        requireAuthenticated(actor);
        if (!canManage(actor, unitCode, tree)) {
            throw DomainException.of(Failure.FORBIDDEN, "auth.outsideScope");
        }
    }

    public static boolean canManage(Actor actor, String unitCode, UnitTree.Snapshot tree) {
        if (actor.isAdmin()) {
            return true;
        }
        return actor.scope(Role.ORGANIZER)
                .map(scope -> unitCode != null && tree.isWithin(unitCode, scope))
                .orElse(false);
    }

    /** The units whose people the actor manages; every unit for an administrator. */
    public static Set<String> managedUnits(Actor actor, UnitTree.Snapshot tree) {
        if (actor.isAdmin()) {
            return Set.copyOf(tree.units().stream().map(UnitNode::code).toList());
        }
        return actor.scope(Role.ORGANIZER).map(tree::subtree).orElse(Set.of());
    }
}
