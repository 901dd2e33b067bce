package vn.hocso.accounts.core;

/** What a person may do. Organizers and trainers act within the subtree of their unit. */
public enum Role {
    LEARNER, TRAINER, ORGANIZER, ADMIN;

    public boolean isScopedToUnit() {
        return this == TRAINER || this == ORGANIZER;
    }
}
