package vn.hocso.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times of one kind of request, in milliseconds, and their percentiles. */
final class Latencies {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    void record(long startNanos) {
        millis.add((System.nanoTime() - startNanos) / 1e6);
    }

    int count() {
        return millis.size();
    }

    double percentile(double p) {
        List<Double> sorted = new ArrayList<>(millis);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    String summary() {
        return "n=%d p50=%.0f ms p95=%.0f ms p99=%.0f ms max=%.0f ms".formatted(count(), percentile(50), percentile(95),
                percentile(99), percentile(100));
    }
}
