package vn.hocso.classes.core;

/** What the plan counts a class as: a training class, an outreach event or a contest. */
public enum ClassKind {
    TRAINING, OUTREACH, CONTEST
}
