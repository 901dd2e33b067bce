package vn.hocso.indicators.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.PeriodKind;
import vn.hocso.indicators.calc.Roster;
import vn.hocso.indicators.calc.Tally;

/**
 * How {@link TallyCache} keeps one source: the pieces of time it keeps it by, the query that
 * counts a stretch of consecutive pieces, and how kept pieces make the counts of a period.
 * {@code V} is what a piece keeps: counts, or the people a count of distinct people is made of.
 */
public abstract class Counting<V> {

    /** The one piece of a count without time (everyone with a flag), whatever the period. */
    static final Period ALWAYS = new Period(PeriodKind.CUSTOM, LocalDate.EPOCH, LocalDate.EPOCH);

    private final Function<Period, V> query;

    private Counting(Function<Period, V> query) {
        this.query = query;
    }

    /**
     * How a source is kept: records that count once, in the month they happened, as counts
     * by month; distinct learners as who enrolled each month, and enrolments counted from the
     * same; first completions as counts of the whole period asked (few people, with a flag);
     * everyone flagged, once for all. {@code queries} count, reading unit ids as the codes of
     * {@code units}.
     */
    public static Counting<?> of(Source source, IndicatorQueries queries, Map<Long, String> units) {
        Function<Period, Tally> count = stretch -> queries.count(source, stretch, Grouping.byMonth(stretch), units);
        Function<Period, Roster> enrolled = stretch -> queries.enrolledByMonth(stretch, units);
        return switch (source.kind()) {
            case COMPLETIONS, ATTENDANCE, OUTREACH, CLASSES_HELD, CERTIFICATES, SESSIONS -> byMonth(count);
            case LEARNERS -> peopleByMonth(enrolled);
            case ENROLMENTS -> recordsOfPeople(enrolled);
            case FLAGGED_COMPLETED -> byPeriod(count);
            case FLAGGED -> timeless(count);
        };
    }

    /** Counts that add up over time, kept month by month. */
    public static Counting<Tally> byMonth(Function<Period, Tally> count) {
        return new Monthly<>(count, Tally::withKey, pieces -> pieces.stream().reduce(Tally.EMPTY, Tally::plus));
    }

    /** Distinct people, kept as who was seen each month. */
    public static Counting<Roster> peopleByMonth(Function<Period, Roster> roster) {
        return new Monthly<>(roster, Roster::month, pieces -> Roster.inOrder(pieces).firstSeen());
    }

    /**
     * Every record of the people {@link Source#LEARNERS} keeps by month, read from the same
     * rosters, so enrolments and learners cost one query.
     */
    public static Counting<Roster> recordsOfPeople(Function<Period, Roster> roster) {
        return new Monthly<>(roster, Roster::month, pieces -> Roster.inOrder(pieces).records()) {
            @Override
            Source keptAs(Source source) {
                return Source.LEARNERS;
            }
        };
    }

    /** Counts kept for the whole period they were asked for. */
    public static Counting<Tally> byPeriod(Function<Period, Tally> count) {
        return new Whole(count) {
            @Override
            List<Period> pieces(Period period) {
                return List.of(new Period(PeriodKind.CUSTOM, period.from(), period.to()));
            }
        };
    }

    /** A count that does not depend on the period, kept once for them all. */
    public static Counting<Tally> timeless(Function<Period, Tally> count) {
        return new Whole(count) {
            @Override
            List<Period> pieces(Period period) {
                return List.of(ALWAYS);
            }

            @Override
            List<Period> ahead(List<Period> periods) {
                return List.of(ALWAYS);
            }

            @Override
            boolean settled(Period piece, LocalDate today) {
                return false;
            }
        };
    }

    /** The source whose kept pieces this reads: its own, or those of a source it shares them with. */
    Source keptAs(Source source) {
        return source;
    }

    /**
     * Whether the piece's records rarely change any more: it ended before last month began.
     * Last month's stay open, as attendance and results are often entered some days late.
     */
    boolean settled(Period piece, LocalDate today) {
        return piece.to().isBefore(today.withDayOfMonth(1).minusMonths(1));
    }

    /** The pieces the period is kept as, in order of time. */
    abstract List<Period> pieces(Period period);

    /** Counts a stretch of consecutive pieces in one query. */
    V count(Period stretch) {
        return query.apply(stretch);
    }

    /** The part of a stretch's counts that is one of its pieces. */
    abstract V cut(V stretch, Period piece);

    /** The counts of a period from its pieces, in order of time. */
    abstract Tally join(List<V> pieces);

    /**
     * What to count to have the periods kept ahead of anyone asking: by default one stretch
     * per calendar year of the months they span, and the part months they end with (14 June,
     * 14 December), which whole months miss.
     */
    List<Period> ahead(List<Period> periods) {
        LocalDate from = periods.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = periods.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow();
        Map<Integer, Period> years = new TreeMap<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            years.put(year, new Period(PeriodKind.CUSTOM, first.isBefore(from) ? from : first, last.isAfter(to) ? to : last));
        }
        Set<Period> spanned = new HashSet<>(new Period(PeriodKind.CUSTOM, from, to).monthPieces());
        List<Period> stretches = new ArrayList<>(years.values());
        periods.stream().flatMap(period -> pieces(period).stream()).filter(spanned::add).forEach(stretches::add);
        return stretches;
    }

    /** Kept month by month: {@code month} cuts a month out of a stretch, {@code join} makes a period's counts of its months. */
    private static class Monthly<V> extends Counting<V> {

        private final BiFunction<V, String, V> month;
        private final Function<List<V>, Tally> join;

        Monthly(Function<Period, V> query, BiFunction<V, String, V> month, Function<List<V>, Tally> join) {
            super(query);
            this.month = month;
            this.join = join;
        }

        @Override
        List<Period> pieces(Period period) {
            return period.monthPieces();
        }

        @Override
        V cut(V stretch, Period piece) {
            return month.apply(stretch, YearMonth.from(piece.from()).toString());
        }

        @Override
        Tally join(List<V> pieces) {
            return join.apply(pieces);
        }
    }

    /** Kept as counted, a piece being its stretch. */
    private abstract static class Whole extends Counting<Tally> {

        Whole(Function<Period, Tally> count) {
            super(count);
        }

        @Override
        Tally cut(Tally stretch, Period piece) {
            return stretch;
        }

        @Override
        Tally join(List<Tally> pieces) {
            return pieces.get(0);
        }

        @Override
        List<Period> ahead(List<Period> periods) {
            return periods;
        }
    }
}
