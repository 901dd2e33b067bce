package vn.hocso.indicators.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.courses.service.CoursesReady;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.PeriodKind;
import vn.hocso.indicators.calc.ReportCalendar;

/**
 * Keeps the counts of the periods organizers look at (each calendar year and the June and
 * December report periods, from this report year back to the first year with records, or
 * {@code hocso.indicators.years-kept} years) made ahead of anyone asking, every maximum age,
 * so even the first dashboard of the morning, or of an earlier year, answers at once. Months
 * kept also make most of any window of dates.
 */
@ApplicationScoped
public class CountWarmer {

    private static final Logger LOG = Logger.getLogger(CountWarmer.class.getName());

    @Inject
    private TallyCache cache;
    @Inject
    private IndicatorQueries queries;
    @Inject
    private IndicatorService indicators;
    @Inject
    @ConfigProperty(name = "hocso.indicators.years-kept")
    private Optional<Integer> yearsKept;
    @Resource
    private ManagedScheduledExecutorService scheduler;

    void start(@Observes CoursesReady ready) {
        if (!cache.maxAge().isZero()) {
            scheduler.scheduleAtFixedRate(this::warm, 0, cache.maxAge().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void warm() {
        try {
            long start = System.nanoTime();
            Map<Long, String> codes = queries.unitCodes();
            LocalDate today = indicators.today();
            int yearsBefore = yearsBefore(today, queries.firstRecordDay(), yearsKept);
            cache.roomForYears(yearsBefore + 1);
            List<Period> usual = usual(indicators.calendar(), today, yearsBefore);
            Set<Source> kept = new HashSet<>();
            for (Source source : Source.neededBy(indicators.catalogue().indicators())) {
                Counting<?> counting = Counting.of(source, queries, codes);
                if (kept.add(counting.keptAs(source))) {
                    warm(source, counting, usual);
                }
            }
            LOG.info(() -> "Indicator counts of %d report years made ahead in %.1f s".formatted(yearsBefore + 1,
                    (System.nanoTime() - start) / 1e9));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make the indicator counts ahead; they will be made when asked", e);
        }
    }

    /** One source's counts; a source that fails leaves the others to be made. */
    private void warm(Source source, Counting<?> counting, List<Period> usual) {
        try {
            counting.ahead(usual).forEach(stretch -> cache.warm(source, stretch, counting));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not make the counts of " + source + " ahead; they will be made when asked");
        }
    }

    /**
     * How many years before this one to keep: back to the year of the first record (every
     * year with records, by default), or {@code cap} years if fewer.
     */
    static int yearsBefore(LocalDate today, Optional<LocalDate> firstRecord, Optional<Integer> cap) {
        int withRecords = firstRecord.map(day -> Math.max(0, today.getYear() - day.getYear())).orElse(0);
        return cap.map(years -> Math.min(Math.max(0, years), withRecords)).orElse(withRecords);
    }

    /**
     * This calendar year and the report periods of the report year running today, then the
     * same for each of the {@code yearsBefore} years before, latest first.
     */
    static List<Period> usual(ReportCalendar calendar, LocalDate today, int yearsBefore) {
        int reportYear = calendar.period(PeriodKind.DECEMBER_REPORT, today.getYear()).contains(today)
                ? today.getYear() : today.getYear() + 1;
        List<Period> usual = new ArrayList<>();
        for (int back = 0; back <= yearsBefore; back++) {
            usual.add(calendar.period(PeriodKind.YEAR, today.getYear() - back));
            usual.add(calendar.period(PeriodKind.JUNE_REPORT, reportYear - back));
            usual.add(calendar.period(PeriodKind.DECEMBER_REPORT, reportYear - back));
        }
        return usual;
    }
}
