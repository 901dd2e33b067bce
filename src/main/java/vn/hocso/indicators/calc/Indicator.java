package vn.hocso.indicators.calc;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.courses.content.Category;
import vn.hocso.courses.content.LocalizedText;

/**
 * One indicator of the catalogue. A computed one says what it counts ({@link #measure},
 * narrowed by course categories and a learner flag); a reported one says how the units'
 * values add up. Targets are per year; {@code appliesTo} is the kind of unit the target is
 * set for (null: every unit).
 */
public record Indicator(String id, Section section, IndicatorKind kind, LocalizedText title, LocalizedText unitOfMeasure,
                        SortedMap<Integer, BigDecimal> targets, UnitKind appliesTo, Measure measure,
                        Set<Category> categories, LearnerFlag flag, boolean completedEver, RollUp rollUp) {

    public Indicator {
        targets = Collections.unmodifiableSortedMap(new TreeMap<>(targets));
        categories = Set.copyOf(categories);
    }

    public static Indicator computed(String id, Section section, LocalizedText title, LocalizedText unitOfMeasure,
                                     Map<Integer, BigDecimal> targets, UnitKind appliesTo, Measure measure,
                                     Set<Category> categories, LearnerFlag flag, boolean completedEver) {
        return new Indicator(id, section, IndicatorKind.COMPUTED, title, unitOfMeasure, new TreeMap<>(targets), appliesTo,
                measure, categories, flag, completedEver, null);
    }

    public static Indicator reported(String id, Section section, LocalizedText title, LocalizedText unitOfMeasure,
                                     Map<Integer, BigDecimal> targets, UnitKind appliesTo, RollUp rollUp) {
        return new Indicator(id, section, IndicatorKind.REPORTED, title, unitOfMeasure, new TreeMap<>(targets), appliesTo,
                null, Set.of(), null, false, rollUp);
    }

    public boolean computed() {
        return kind == IndicatorKind.COMPUTED;
    }

    /** A share in percent: computed as numerator over denominator, or reported as one. */
    public boolean percent() {
        return computed() ? measure.percent() : "%".equals(unitOfMeasure.vi());
    }

    /**
     * The target of {@code year}: that of the nearest target year not before it (the plan's
     * 2030 target holds from 2026), or the last one after the plan's horizon; null without
     * targets.
     */
    public BigDecimal targetFor(int year) {
        SortedMap<Integer, BigDecimal> fromYear = targets.tailMap(year);
        if (!fromYear.isEmpty()) {
            return fromYear.get(fromYear.firstKey());
        }
        return targets.isEmpty() ? null : targets.get(targets.lastKey());
    }

    /** The target for a unit of this kind in {@code year}, or null when the catalogue sets none for it. */
    public BigDecimal targetFor(int year, UnitKind unitKind) {
        return appliesTo == null || appliesTo == unitKind ? targetFor(year) : null;
    }
}
