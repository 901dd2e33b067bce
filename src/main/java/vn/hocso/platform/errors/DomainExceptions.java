package vn.hocso.platform.errors;

/** Containers wrap exceptions (EJBException, TransactionalException, …): find ours inside. */
public final class DomainExceptions {

    private static final int MAX_DEPTH = 10;

    private DomainExceptions() {
    }

    public static DomainException unwrap(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof DomainException domain) {
                return domain;
            }
            current = current.getCause();
        }
        return null;
    }
}
