package vn.hocso.benchmarks;

import java.util.function.Supplier;

/**
 * One request of the application timed against its reference, in turns (app, reference, app,
 * …) after one warm-up of each, so a noisy moment of the shared machine hits both alike.
 */
final class Paired<T> {

    /** The reference's work: queries that may fail. */
    interface Reference<T> {
        T run() throws Exception;
    }

    final String name;
    final Latencies app = new Latencies();
    final Latencies reference = new Latencies();
    /** The application's last answer, and the reference's, to check. */
    OrganizerBrowser.Page page;
    T answer;
    int failures;

    private Paired(String name) {
        this.name = name;
    }

    /** Times {@code runs} turns; a request that answers 404 at warm-up (a page not written yet) is not timed at all. */
    static <T> Paired<T> measure(String name, int runs, Supplier<OrganizerBrowser.Page> request, Reference<T> reference)
            throws Exception {
        Paired<T> paired = new Paired<>(name);
        paired.page = request.get();
        paired.answer = reference.run();
        if (paired.page.status() == 404) {
            return paired;
        }
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            paired.page = request.get();
            paired.app.record(start);
            if (paired.page.status() != 200) {
                paired.failures++;
            }
            start = System.nanoTime();
            paired.answer = reference.run();
            paired.reference.record(start);
        }
        return paired;
    }

    boolean measured() {
        return app.count() > 0;
    }

    double appMillis() {
        return app.percentile(50);
    }

    double referenceMillis() {
        return reference.percentile(50);
    }

    double ratio() {
        return appMillis() / referenceMillis();
    }
}
