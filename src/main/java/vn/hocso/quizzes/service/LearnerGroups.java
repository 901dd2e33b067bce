package vn.hocso.quizzes.service;

import java.util.Set;
import vn.hocso.accounts.core.Actor;

/**
 * Groups of learners that another feature keeps (a class's roster), so quiz results can be
 * shown per group without quizzes depending on that feature.
 */
public interface LearnerGroups {

    /** A group's name and its learners' account ids; fails unless the actor may see the group. */
    LearnerGroup group(Actor actor, long groupId);

    record LearnerGroup(String title, Set<Long> accountIds) {
    }
}
