package vn.hocso.quizzes.model;

/** Where an attempt stands. */
public enum AttemptStatus {
    /** Started; answers are being saved. */
    IN_PROGRESS,
    /** Submitted (or closed at its deadline) and graded. */
    GRADED,
    /** Submitted; an essay waits for a trainer's grade. */
    AWAITING_GRADING
}
