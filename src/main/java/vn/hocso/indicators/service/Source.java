package vn.hocso.indicators.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.hocso.courses.content.Category;
import vn.hocso.indicators.calc.Indicator;
import vn.hocso.indicators.calc.LearnerFlag;
import vn.hocso.indicators.calc.Tally;

/**
 * One count indicators are made of: S1 adds completions, attended marks and outreach head
 * counts; A3 is the same completions and A7 the same marks. Indicators that share a source
 * count it once, and a kept count serves all of them.
 */
public record Source(Kind kind, Set<Category> categories, LearnerFlag flag, boolean ever) {

    /** What is counted; see {@link IndicatorQueries} for each query. */
    public enum Kind {
        COMPLETIONS, ATTENDANCE, OUTREACH, CLASSES_HELD, FLAGGED, FLAGGED_COMPLETED, LEARNERS, ENROLMENTS, CERTIFICATES, SESSIONS
    }

    /** Everyone who enrolled: kept as rosters of who enrolled each month, which the enrolments are counted from too. */
    public static final Source LEARNERS = new Source(Kind.LEARNERS, Set.of(), null, false);

    public Source {
        categories = Set.copyOf(categories);
    }

    /** A source as an indicator uses it: whole, or only its numerator (the attended marks, not all marks). */
    public record Use(Source source, boolean numeratorOnly) {
    }

    private static Use whole(Kind kind, Set<Category> categories) {
        return new Use(new Source(kind, categories, null, false), false);
    }

    /** The indicator's counts: its sources' counts ({@code counted}) added up, numerators alone where it takes only those. */
    public static Tally count(Indicator indicator, Function<Source, Tally> counted) {
        Tally counts = Tally.EMPTY;
        for (Use use : of(indicator)) {
            Tally source = counted.apply(use.source());
            counts = counts.plus(use.numeratorOnly() ? source.numerators() : source);
        }
        return counts;
    }

    /** Every source the computed ones of {@code indicators} are made of, each once. */
    public static Set<Source> neededBy(List<Indicator> indicators) {
        Set<Source> sources = new LinkedHashSet<>();
        for (Indicator indicator : indicators) {
            if (indicator.computed()) {
                of(indicator).forEach(use -> sources.add(use.source()));
            }
        }
        return sources;
    }

    public static List<Use> of(Indicator indicator) {
        Set<Category> categories = indicator.categories();
        return switch (indicator.measure()) {
            case PEOPLE_REACHED -> List.of(whole(Kind.COMPLETIONS, categories),
                    new Use(new Source(Kind.ATTENDANCE, Set.of(), null, false), true), whole(Kind.OUTREACH, Set.of()));
            case CLASSES_HELD -> List.of(whole(Kind.CLASSES_HELD, categories));
            case FLAGGED_SHARE_COMPLETED -> List.of(new Use(new Source(Kind.FLAGGED, Set.of(), indicator.flag(), false), false),
                    new Use(new Source(Kind.FLAGGED_COMPLETED, categories, indicator.flag(), indicator.completedEver()), false));
            case LEARNERS -> List.of(new Use(LEARNERS, false));
            case ENROLMENTS -> List.of(whole(Kind.ENROLMENTS, Set.of()));
            case COMPLETIONS -> List.of(whole(Kind.COMPLETIONS, categories));
            case CERTIFICATES -> List.of(whole(Kind.CERTIFICATES, Set.of()));
            case SESSIONS -> List.of(whole(Kind.SESSIONS, Set.of()));
            case ATTENDANCE_RATE -> List.of(whole(Kind.ATTENDANCE, Set.of()));
        };
    }
}
