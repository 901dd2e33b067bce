package vn.hocso.indicators.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The people a count of distinct people counts, month by month: who was seen in each month,
 * and in which unit. Months kept once make any stretch of them: a person seen in March and
 * in May is one learner of the spring, counted in March, the month first seen.
 */
public final class Roster {

    /** The accounts seen in one month (ascending, each once), the unit of each, and how many records each has there. */
    private record Month(String key, long[] accounts, String[] units, int[] records) {

        public Month {
            if (accounts.length != units.length || accounts.length != records.length) {
                throw new IllegalArgumentException("One unit and count per account: " + accounts.length);
            }
        }
    }

    /** One person seen in a month with {@code records} records (enrolments, say), as a query gives them: sorted by month, then account. */
    public record Sighting(String key, long account, String unit, int records) {
    }

    private final List<Month> months;

    private Roster(List<Month> months) {
        this.months = List.copyOf(months);
    }

    /** The sightings grouped by month; each month's accounts (ids from a sequence, never negative) must come in ascending order, each once. */
    public static Roster of(List<Sighting> sightings) {
        List<Month> months = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sightings.size(); i++) {
            if (i == sightings.size() || !sightings.get(i).key().equals(sightings.get(start).key())) {
                months.add(month(sightings.subList(start, i)));
                start = i;
            }
        }
        return new Roster(months);
    }

    private static Month month(List<Sighting> sightings) {
        long[] accounts = new long[sightings.size()];
        String[] units = new String[sightings.size()];
        int[] records = new int[sightings.size()];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = sightings.get(i).account();
            units[i] = sightings.get(i).unit();
            records[i] = sightings.get(i).records();
            if (accounts[i] < 0 || i > 0 && accounts[i] <= accounts[i - 1]) {
                throw new IllegalArgumentException("Accounts of " + sightings.get(i).key() + " not ascending at " + accounts[i]);
            }
        }
        return new Month(sightings.get(0).key(), accounts, units, records);
    }

    /** The people seen in one month ({@code key} as "2026-03"). */
    public Roster month(String key) {
        return new Roster(months.stream().filter(m -> m.key().equals(key)).toList());
    }

    /** Rosters of consecutive stretches of time, in order, as one. */
    public static Roster inOrder(List<Roster> rosters) {
        return new Roster(rosters.stream().flatMap(roster -> roster.months.stream()).toList());
    }

    /**
     * Each person once, in the unit and month they were first seen: counts per unit and month,
     * as the database counts distinct people by the month of their first record in a period.
     */
    public Tally firstSeen() {
        long[] order = sightingsByAccount();
        Map<Integer, Map<String, Long>> counts = new TreeMap<>();
        long previous = -1;
        for (long packed : order) {
            long account = packed / months.size();
            if (account != previous) {
                int month = (int) (packed % months.size());
                Month seen = months.get(month);
                String unit = seen.units()[Arrays.binarySearch(seen.accounts(), account)];
                counts.computeIfAbsent(month, m -> new LinkedHashMap<>()).merge(unit, 1L, Long::sum);
                previous = account;
            }
        }
        List<Tally.Row> rows = new ArrayList<>();
        counts.forEach((month, byUnit) -> byUnit.forEach((unit, n) -> rows.add(new Tally.Row(unit, months.get(month).key(), n, 0))));
        return new Tally(rows);
    }

    /** Every record, not only each person once: counts per unit and month (enrolments, where learners are each person once). */
    public Tally records() {
        List<Tally.Row> rows = new ArrayList<>();
        for (Month month : months) {
            Map<String, Long> byUnit = new LinkedHashMap<>();
            for (int i = 0; i < month.accounts().length; i++) {
                byUnit.merge(month.units()[i], (long) month.records()[i], Long::sum);
            }
            byUnit.forEach((unit, n) -> rows.add(new Tally.Row(unit, month.key(), n, 0)));
        }
        return new Tally(rows);
    }

    /** Every sighting as account × months + month index, sorted: an account's first month comes first. */
    private long[] sightingsByAccount() {
        int total = months.stream().mapToInt(m -> m.accounts().length).sum();
        long[] packed = new long[total];
        int next = 0;
        for (int month = 0; month < months.size(); month++) {
            for (long account : months.get(month).accounts()) {
                packed[next++] = Math.addExact(Math.multiplyExact(account, (long) months.size()), month);
            }
        }
        Arrays.sort(packed);
        return packed;
    }
}
