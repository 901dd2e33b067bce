package vn.hocso.platform.errors;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Containers wrap exceptions (EJBException, TransactionalException, FacesException, …):
 * these look through the chain of causes, a bounded number of links deep.
 */
public final class Causes {

    private static final int MAX_DEPTH = 12;

    private Causes() {
    }

    /** The first throwable in the chain that is a {@code type}. */
    public static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        return first(thrown, type::isInstance).map(type::cast);
    }

    /** The first throwable in the chain that {@code test} accepts. */
    public static Optional<Throwable> first(Throwable thrown, Predicate<Throwable> test) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (test.test(current)) {
                return Optional.of(current);
            }
            current = current.getCause();
        }
        return Optional.empty();
    }
}
