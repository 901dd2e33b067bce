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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.hocso.courses.service.CoursesReady;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.PeriodKind;
import vn.hocso.indicators.calc.ReportCalendar;

/**
 * Keeps the counts of the periods organizers look at most (this year, and the June and
 * December report periods of the current report year) made ahead of anyone asking, every
 * maximum age, so even the first dashboard of the morning answers at once.
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
    @Resource
    private ManagedScheduledExecutorService scheduler;

    void start(@Observes CoursesReady ready) {
        if (!cache.maxAge().isZero()) {
            scheduler.scheduleAtFixedRate(this::warm, 0, cache.maxAge().toSeconds(), TimeUnit.SECONDS);
        }
    }

    private void warm() {
        try {
            Map<Long, String> codes = queries.unitCodes();
            Set<Source> sources = Source.neededBy(indicators.catalogue().indicators());
            List<Period> usual = usual(indicators.calendar(), indicators.today());
            for (Source source : sources) {
                for (Period period : source.additive() ? byMonth(usual) : usual) {
                    cache.refresh(source, period, stretch -> queries.count(source, stretch, Grouping.byMonth(stretch), codes));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make the indicator counts ahead; they will be made when asked", e);
        }
    }

    /**
     * What to count for sources kept month by month: every month of the periods in one query,
     * and the part months a period ends with (14 June, 14 December) that whole months miss.
     */
    static List<Period> byMonth(List<Period> periods) {
        LocalDate from = periods.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = periods.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow();
        Period span = new Period(PeriodKind.CUSTOM, from, to);
        Set<Period> spanned = new HashSet<>(span.monthPieces());
        List<Period> stretches = new ArrayList<>(List.of(span));
        periods.stream().flatMap(period -> period.monthPieces().stream()).filter(spanned::add).forEach(stretches::add);
        return stretches;
    }

    /** This calendar year, and the report periods of the report year running today. */
    static List<Period> usual(ReportCalendar calendar, LocalDate today) {
        int reportYear = calendar.period(PeriodKind.DECEMBER_REPORT, today.getYear()).contains(today)
                ? today.getYear() : today.getYear() + 1;
        return List.of(calendar.period(PeriodKind.YEAR, today.getYear()), calendar.period(PeriodKind.JUNE_REPORT, reportYear),
                calendar.period(PeriodKind.DECEMBER_REPORT, reportYear));
    }
}
