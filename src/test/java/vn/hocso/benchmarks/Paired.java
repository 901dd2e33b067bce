package vn.hocso.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One request of the application timed against its reference, in turns (app, reference, app,
 * …) after one warm-up of each, so a noisy moment of the shared machine hits both alike.
 */
final class Paired {

    /** The reference's work in turn {@code turn} (0 is the warm-up): its answers by name, every row read. */
    interface Reference {
        Map<String, List<Object[]>> run(int turn) throws Exception;
    }

    final String name;
    final Latencies app = new Latencies();
    final Latencies reference = new Latencies();
    /** The application's last answer, and the reference's, to check. */
    OrganizerBrowser.Page page;
    Map<String, List<Object[]>> answer;
    int failures;

    private Paired(String name) {
        this.name = name;
    }

    /**
     * Times {@code runs} turns after the warm-up (turn 0); both sides are told the turn, so a
     * request can ask something new each time. A request that answers 404 at warm-up (a page
     * not written yet) is not timed at all.
     */
    static Paired measure(String name, int runs, IntFunction<OrganizerBrowser.Page> request, Reference reference)
            throws Exception {
        Paired paired = new Paired(name);
        paired.page = request.apply(0);
        paired.answer = reference.run(0);
        if (paired.page.status() == 404) {
            return paired;
        }
        for (int turn = 1; turn <= runs; turn++) {
            long start = System.nanoTime();
            paired.page = request.apply(turn);
            paired.app.record(start);
            if (paired.page.status() != 200) {
                paired.failures++;
            }
            start = System.nanoTime();
            paired.answer = reference.run(turn);
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
