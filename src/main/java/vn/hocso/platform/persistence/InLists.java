package vn.hocso.platform.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Queries with an {@code in :values} list run on chunks of values, so big lists stay under database limits. */
public final class InLists {

    public static final int CHUNK = 1000;

    private InLists() {
    }

    /** The query's results for every chunk of the values, one after the other. */
    public static <T, R> List<R> query(Collection<T> values, Function<List<T>, List<R>> query) {
        List<T> all = List.copyOf(values);
        List<R> results = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            results.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return results;
    }
}
