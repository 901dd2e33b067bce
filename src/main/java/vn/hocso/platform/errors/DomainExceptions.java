package vn.hocso.platform.errors;

/** Containers wrap exceptions (EJBException, TransactionalException, …): find ours inside. */
public final class DomainExceptions {

    private DomainExceptions() {
    }

    public static DomainException unwrap(Throwable thrown) {
        return Causes.find(thrown, DomainException.class).orElse(null);
    }
}
