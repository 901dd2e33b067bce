package vn.hocso.indicators.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.Tally;

/**
 * The counts behind the dashboard, kept for a few minutes. A province's counts take seconds
 * to aggregate over millions of attendance marks, yet they hold every unit at once, so one
 * count serves every organizer's dashboard for that period, and every indicator made of it. Once older than the maximum
 * age, the old counts are still served while new ones are made in the background (stale
 * while revalidating): the dashboard stays fast and never more than one refresh behind.
 * With a maximum age of zero nothing is kept.
 */
@ApplicationScoped
public class TallyCache {

    private static final Logger LOG = Logger.getLogger(TallyCache.class.getName());
    private static final int MAX_ENTRIES = 500;
    /** Counts older than this many maximum ages (nobody asked for a long while) are not served but made again. */
    private static final int STALE_LIMIT = 4;

    private Clock clock;
    private Duration maxAge;
    private Executor executor;
    @Resource
    private ManagedExecutorService managed;
    private final Map<Key, Entry> entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    /** A source's counts by unit and month over a period. */
    record Key(Source source, Period period) {
    }

    /** Counts and when they were taken. */
    public record Entry(Tally tally, Instant computedAt, AtomicBoolean refreshing) {
        Entry(Tally tally, Instant computedAt) {
            this(tally, computedAt, new AtomicBoolean());
        }
    }

    protected TallyCache() {
    }

    @Inject
    public TallyCache(Clock clock, @ConfigProperty(name = "hocso.indicators.max-age", defaultValue = "PT5M") String maxAge) {
        this(clock, Duration.parse(maxAge), null);
    }

    /** {@code executor}: where refreshes run; null for the container's managed executor. */
    public TallyCache(Clock clock, Duration maxAge, Executor executor) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.executor = executor;
    }

    public Duration maxAge() {
        return maxAge;
    }

    /** The source's counts by unit and month for the period: kept ones, or counted now when there are none. */
    public Entry byMonth(Source source, Period period, Supplier<Tally> count) {
        if (maxAge.isZero()) {
            return new Entry(count.get(), clock.instant());
        }
        Key key = new Key(source, period);
        Entry entry = entries.get(key);
        if (entry == null) {
            Entry counted = new Entry(count.get(), clock.instant());
            entries.put(key, counted);
            return counted;
        }
        if (entry.computedAt().plus(maxAge.multipliedBy(STALE_LIMIT)).isBefore(clock.instant())) {
            return refresh(key, count);
        }
        if (entry.computedAt().plus(maxAge).isBefore(clock.instant()) && entry.refreshing().compareAndSet(false, true)) {
            (executor != null ? executor : managed).execute(() -> refresh(key, entry, count));
        }
        return entry;
    }

    /** Counts the source now and keeps the counts, for those that warm the usual periods ahead of anyone asking. */
    public Entry refresh(Source source, Period period, Supplier<Tally> count) {
        return refresh(new Key(source, period), count);
    }

    private Entry refresh(Key key, Supplier<Tally> count) {
        Entry counted = new Entry(count.get(), clock.instant());
        entries.put(key, counted);
        return counted;
    }

    private void refresh(Key key, Entry old, Supplier<Tally> count) {
        try {
            refresh(key, count);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not refresh indicator counts; the older ones stay", e);
        } finally {
            old.refreshing().set(false);
        }
    }
}
