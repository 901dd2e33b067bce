package vn.hocso.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per client address in each window, so nobody can walk
 * through codes. Windows are fixed (cheap, and good enough against enumeration); old
 * windows are dropped as new ones start.
 */
public final class RateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    private record Counter(long window, int count) {
    }

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts a request from the address; false when it is over the limit. */
    public boolean allow(String address) {
        long current = clock.millis() / window.toMillis();
        if (counters.size() > 10_000) {
            counters.values().removeIf(c -> c.window() < current);
        }
        Counter counter = counters.compute(address, (key, old) ->
                old == null || old.window() != current ? new Counter(current, 1) : new Counter(current, old.count() + 1));
        return counter.count() <= limit;
    }
}
