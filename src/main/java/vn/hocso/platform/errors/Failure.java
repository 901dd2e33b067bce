package vn.hocso.platform.errors;

/** The kinds of domain failure, each with the one HTTP status it means. */
public enum Failure {
    /** Input breaks one or more rules; every broken rule names its field. */
    INVALID(422),
    /** The request needs a logged-in person. */
    UNAUTHENTICATED(401),
    /** The person asking may not do this (wrong role, or outside their unit's subtree). */
    FORBIDDEN(403),
    /** The thing asked for does not exist. */
    NOT_FOUND(404),
    /** The request clashes with the current state (changed meanwhile, or already exists). */
    CONFLICT(409),
    /** Too many tries in a short time; the person must wait. */
    TOO_MANY_ATTEMPTS(429);

    private final int status;

    Failure(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
