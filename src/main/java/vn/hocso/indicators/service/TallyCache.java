package vn.hocso.indicators.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.PeriodKind;
import vn.hocso.indicators.calc.Tally;

/**
 * The counts behind the dashboard, kept for a few minutes. A province's counts take seconds
 * to aggregate over millions of attendance marks, yet they hold every unit at once, so one
 * count serves every organizer's dashboard, and every indicator made of it.
 *
 * <p>Counts that add up over time (completions, attendance marks, classes…) are kept month
 * by month: a period is its part months at either end and the whole months between, so a
 * year once counted also answers its report periods and any window of dates, which then
 * count only the days at their ends they do not share. Counts of distinct people are kept
 * for the whole period they were asked for.
 *
 * <p>Once older than the maximum age, the old counts are still served while new ones are
 * made in the background (stale while revalidating): the dashboard stays fast and never
 * more than one refresh behind. With a maximum age of zero nothing is kept.
 */
@ApplicationScoped
public class TallyCache {

    private static final Logger LOG = Logger.getLogger(TallyCache.class.getName());
    /** Five years of months of every source, with room for the periods of distinct people. */
    private static final int MAX_ENTRIES = 3_000;
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

    /** A source's counts by unit and month over a piece of time: a month, a part month, or a period. */
    record Key(Source source, Period piece) {
    }

    /** Counts and when they were taken (the oldest piece's time, for counts made of pieces). */
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

    /**
     * The source's counts by unit and month for the period: kept ones, with whatever is not
     * kept counted now, a query per stretch of consecutive days. {@code count} counts the
     * source over any stretch of days.
     */
    public Entry byMonth(Source source, Period period, Function<Period, Tally> count) {
        if (maxAge.isZero()) {
            return new Entry(count.apply(period), clock.instant());
        }
        List<Period> pieces = pieces(source, period);
        Instant now = clock.instant();
        List<Period> missing = pieces.stream().filter(piece -> !servable(entries.get(new Key(source, piece)), now)).toList();
        stretches(missing).forEach(stretch -> keep(source, stretch, count));
        Tally sum = Tally.EMPTY;
        Instant oldest = now;
        List<Entry> stale = new ArrayList<>();
        List<Period> stalePieces = new ArrayList<>();
        for (Period piece : pieces) {
            Key key = new Key(source, piece);
            Entry entry = entries.get(key);
            if (entry == null) {
                // pushed out by other counts since it was kept a moment ago
                entry = new Entry(count.apply(piece), now);
                entries.put(key, entry);
            }
            if (entry.computedAt().plus(maxAge).isBefore(now) && entry.refreshing().compareAndSet(false, true)) {
                stale.add(entry);
                stalePieces.add(piece);
            }
            sum = sum.plus(entry.tally());
            oldest = entry.computedAt().isBefore(oldest) ? entry.computedAt() : oldest;
        }
        if (!stale.isEmpty()) {
            try {
                executor().execute(() -> refresh(source, stretches(stalePieces), stale, count));
            } catch (RejectedExecutionException e) {
                // the executor is full: the next request asks again
                stale.forEach(entry -> entry.refreshing().set(false));
            }
        }
        return new Entry(sum, oldest);
    }

    /** Counts the source over the period now and keeps the counts, for those that warm the usual periods ahead of anyone asking. */
    public void refresh(Source source, Period period, Function<Period, Tally> count) {
        keep(source, period, count);
    }

    private Executor executor() {
        return executor != null ? executor : managed;
    }

    private boolean servable(Entry entry, Instant now) {
        return entry != null && !entry.computedAt().plus(maxAge.multipliedBy(STALE_LIMIT)).isBefore(now);
    }

    /** Counts the stretch in one query and keeps it piece by piece. */
    private void keep(Source source, Period stretch, Function<Period, Tally> count) {
        Tally counted = count.apply(stretch);
        Instant now = clock.instant();
        for (Period piece : pieces(source, stretch)) {
            Tally part = source.additive() ? counted.withKey(YearMonth.from(piece.from()).toString()) : counted;
            entries.put(new Key(source, piece), new Entry(part, now));
        }
    }

    private void refresh(Source source, List<Period> stretches, List<Entry> old, Function<Period, Tally> count) {
        try {
            stretches.forEach(stretch -> keep(source, stretch, count));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not refresh indicator counts; the older ones stay", e);
        } finally {
            old.forEach(entry -> entry.refreshing().set(false));
        }
    }

    private static List<Period> pieces(Source source, Period period) {
        return source.additive() ? period.monthPieces() : List.of(new Period(PeriodKind.CUSTOM, period.from(), period.to()));
    }

    /** Consecutive pieces joined into stretches of days, each to be counted in one query. */
    private static List<Period> stretches(List<Period> pieces) {
        List<Period> stretches = new ArrayList<>();
        for (Period piece : pieces) {
            int last = stretches.size() - 1;
            if (last >= 0 && stretches.get(last).to().plusDays(1).equals(piece.from())) {
                stretches.set(last, new Period(PeriodKind.CUSTOM, stretches.get(last).from(), piece.to()));
            } else {
                stretches.add(piece);
            }
        }
        return stretches;
    }
}
