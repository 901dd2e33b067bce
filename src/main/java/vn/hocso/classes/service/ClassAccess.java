package vn.hocso.classes.service;

import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;

/**
 * Who runs a class: an administrator, an organizer whose subtree holds the class's unit, or
 * one of the class's own trainers. A trainer of one class cannot touch another.
 */
final class ClassAccess {

    private ClassAccess() {
    }

    static boolean canRun(Actor actor, TrainingClass trainingClass, UnitTree.Snapshot tree) {
        return actor.isAuthenticated() && (Access.canManage(actor, trainingClass.getUnit().getCode(), tree)
                || trainingClass.isTrainer(actor.username()));
    }

    static void requireRun(Actor actor, TrainingClass trainingClass, UnitTree.Snapshot tree) {
        Access.requireAuthenticated(actor);
        if (!canRun(actor, trainingClass, tree)) {
            throw DomainException.of(Failure.FORBIDDEN, "auth.outsideScope");
        }
    }

    /** Organizers plan classes in their subtree; trainers in theirs, and become the class's trainer. */
    static void requirePlan(Actor actor, String unitCode, UnitTree.Snapshot tree) {
        Access.requireTrainer(actor);
        boolean trainerHere = actor.scope(Role.TRAINER).map(scope -> tree.isWithin(unitCode, scope)).orElse(false);
        if (!Access.canManage(actor, unitCode, tree) && !trainerHere) {
            throw DomainException.of(Failure.FORBIDDEN, "auth.outsideScope");
        }
    }
}
