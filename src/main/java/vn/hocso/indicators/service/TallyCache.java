package vn.hocso.indicators.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.PeriodKind;
import vn.hocso.indicators.calc.Tally;
import vn.hocso.platform.i18n.Dates;

/**
 * The counts behind the dashboard, kept for a few minutes. A province's counts take seconds
 * to aggregate over millions of attendance marks, yet they hold every unit at once, so one
 * count serves every organizer's dashboard, and every indicator made of it.
 *
 * <p>Most counts are kept month by month (see {@link Counting}): a period is its part months
 * at either end and the whole months between, so a year once counted also answers its
 * report periods and any window of dates, which then count only the days at their ends they
 * do not share. Counts that add up over time (completions, attendance marks, classes…) keep
 * their counts per month; distinct learners keep who was seen each month, and a window
 * counts each person once.
 *
 * <p>Once older than the maximum age, the old counts are still served while new ones are
 * made in the background (stale while revalidating): the dashboard stays fast and never
 * more than one refresh behind. Months that ended before last month rarely change (a late
 * correction, a certificate revoked) and may get four times as old. With a maximum age of
 * zero nothing is kept.
 */
@ApplicationScoped
public class TallyCache {

    private static final Logger LOG = Logger.getLogger(TallyCache.class.getName());
    /** Entries per year kept: its months of every source, with room for part months, windows and periods of first completions. */
    private static final int ENTRIES_PER_YEAR = 400;
    /** Counts older than this many maximum ages (nobody asked for a long while) are not served but made again. */
    private static final int STALE_LIMIT = 4;
    /** Settled months (see {@link Counting#settled}) may get this many times the maximum age. */
    private static final int SETTLED_FACTOR = 4;

    private Clock clock;
    private Duration maxAge;
    /** The years of counts the warmer keeps, to make room for. */
    private volatile int years = 6;
    private Executor executor;
    @Resource
    private ManagedExecutorService managed;
    private final Map<Key, Kept> entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > ENTRIES_PER_YEAR * (years + 2);
        }
    });

    /** A source's counts over a piece of time: a month, a part month, a period, or {@link Counting#ALWAYS}. */
    record Key(Source source, Period piece) {
    }

    /** Counts and when they were taken (the oldest piece's time, for counts made of pieces). */
    public record Entry(Tally tally, Instant computedAt) {
    }

    /** What a piece keeps (see {@link Counting}), when it was counted, and whether a refresh of it is under way. */
    private record Kept(Object value, Instant computedAt, AtomicBoolean refreshing) {
        Kept(Object value, Instant computedAt) {
            this(value, computedAt, new AtomicBoolean());
        }

        /** Whether these counts will be more than {@code age} old at {@code then}. */
        boolean olderThan(Duration age, Instant then) {
            return computedAt.plus(age).isBefore(then);
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

    /** Makes room for the counts of that many years, which the warmer keeps, besides those asked for. */
    public void roomForYears(int years) {
        this.years = years;
    }

    /**
     * The source's counts by unit and month for the period: kept ones, with whatever is not
     * kept counted now, a query per stretch of consecutive pieces ({@code counting} says
     * which pieces, and counts them).
     */
    public <V> Entry byMonth(Source asked, Period period, Counting<V> counting) {
        Source source = counting.keptAs(asked);
        if (maxAge.isZero()) {
            return new Entry(counting.join(List.of(counting.count(period))), clock.instant());
        }
        List<Period> pieces = counting.pieces(period);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Dates.VIETNAM);
        List<Period> missing = pieces.stream()
                .filter(piece -> !servable(entries.get(new Key(source, piece)), maxAge(counting, piece, today), now)).toList();
        stretches(missing).forEach(stretch -> keep(source, stretch, counting));
        List<V> values = new ArrayList<>();
        Instant oldest = now;
        List<Kept> stale = new ArrayList<>();
        List<Period> stalePieces = new ArrayList<>();
        for (Period piece : pieces) {
            Key key = new Key(source, piece);
            Kept kept = entries.get(key);
            if (kept == null) {
                // pushed out by other counts since it was kept a moment ago
                kept = new Kept(counting.cut(counting.count(piece), piece), now);
                entries.put(key, kept);
            }
            if (kept.olderThan(maxAge(counting, piece, today), now) && kept.refreshing().compareAndSet(false, true)) {
                stale.add(kept);
                stalePieces.add(piece);
            }
            values.add(valueOf(kept));
            oldest = kept.computedAt().isBefore(oldest) ? kept.computedAt() : oldest;
        }
        if (!stale.isEmpty()) {
            try {
                executor().execute(() -> refresh(source, stretches(stalePieces), stale, counting));
            } catch (RejectedExecutionException e) {
                // the executor is full: the next request asks again
                stale.forEach(kept -> kept.refreshing().set(false));
            }
        }
        return new Entry(counting.join(values), oldest);
    }

    /**
     * Counts again the pieces of the stretch that are not kept or would be too old before the
     * next round of the warmer, a query per stretch of consecutive ones: for the warmer, which
     * keeps the usual periods ahead of anyone asking every maximum age. Settled months are so
     * counted every few rounds only.
     */
    public void warm(Source source, Period stretch, Counting<?> counting) {
        Source kept = counting.keptAs(source);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Dates.VIETNAM);
        List<Period> aging = counting.pieces(stretch).stream().filter(piece -> {
            Kept old = entries.get(new Key(kept, piece));
            return old == null || old.olderThan(maxAge(counting, piece, today), now.plus(maxAge));
        }).toList();
        stretches(aging).forEach(part -> keep(kept, part, counting));
    }

    private Executor executor() {
        return executor != null ? executor : managed;
    }

    private static boolean servable(Kept kept, Duration maxAge, Instant now) {
        return kept != null && !kept.olderThan(maxAge.multipliedBy(STALE_LIMIT), now);
    }

    /** How old a piece's counts may get before they are made again. */
    private Duration maxAge(Counting<?> counting, Period piece, LocalDate today) {
        return counting.settled(piece, today) ? maxAge.multipliedBy(SETTLED_FACTOR) : maxAge;
    }

    /** A kept value is always of its source's counting: the key's source decides both. */
    @SuppressWarnings("unchecked")
    private static <V> V valueOf(Kept kept) {
        return (V) kept.value();
    }

    /** Counts the stretch in one query and keeps it piece by piece. */
    private <V> void keep(Source source, Period stretch, Counting<V> counting) {
        V counted = counting.count(stretch);
        Instant now = clock.instant();
        for (Period piece : counting.pieces(stretch)) {
            entries.put(new Key(source, piece), new Kept(counting.cut(counted, piece), now));
        }
    }

    private void refresh(Source source, List<Period> stretches, List<Kept> old, Counting<?> counting) {
        try {
            stretches.forEach(stretch -> keep(source, stretch, counting));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not refresh indicator counts; the older ones stay", e);
        } finally {
            old.forEach(kept -> kept.refreshing().set(false));
        }
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
