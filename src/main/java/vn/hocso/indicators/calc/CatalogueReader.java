package vn.hocso.indicators.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.courses.content.Category;
import vn.hocso.courses.content.ContentProblem;
import vn.hocso.courses.content.LocalizedText;
import vn.hocso.courses.content.YamlMap;

/**
 * Reads the indicator catalogue from YAML, collecting every problem with its line so an
 * administrator sees all of them at once; a catalogue with any problem is not used.
 */
public final class CatalogueReader {

    public static final String FILE = "catalogue.yaml";
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final String EVERY_UNIT = "every-unit";

    private final List<ContentProblem> problems = new ArrayList<>();

    private CatalogueReader() {
    }

    /** The catalogue, or the problems found in it. */
    public static Result read(String yaml) {
        CatalogueReader reader = new CatalogueReader();
        List<Indicator> indicators = reader.indicators(yaml);
        return reader.problems.isEmpty() ? new Result(new Catalogue(indicators), List.of())
                : new Result(null, List.copyOf(reader.problems));
    }

    /** Either a catalogue or its problems. */
    public record Result(Catalogue catalogue, List<ContentProblem> problems) {
        public boolean valid() {
            return catalogue != null;
        }
    }

    private List<Indicator> indicators(String yaml) {
        Optional<YamlMap> root = YamlMap.parse(yaml == null ? "" : yaml, FILE, 0, problems);
        List<Indicator> indicators = new ArrayList<>();
        if (root.isEmpty()) {
            return indicators;
        }
        Set<String> ids = new HashSet<>();
        for (YamlMap.Entry entry : root.get().list("indicators")) {
            Optional<YamlMap> item = root.get().mapping(entry);
            if (item.isEmpty()) {
                root.get().problem(entry.line(), "catalogue.itemNotMapping");
                continue;
            }
            Indicator indicator = indicator(item.get());
            if (indicator != null && !ids.add(indicator.id())) {
                item.get().problem(item.get().line("id"), "catalogue.idTwice", indicator.id());
            } else if (indicator != null) {
                indicators.add(indicator);
            }
        }
        return indicators;
    }

    private Indicator indicator(YamlMap item) {
        String id = item.requiredText("id");
        if (id != null && !id.matches("[A-Za-z][A-Za-z0-9_-]{0,15}")) {
            item.problem(item.line("id"), "catalogue.idInvalid", id);
        }
        Section section = item.optionalCode("section", code -> enumOf(Section.class, code), Section.PLAN, "plan, activity");
        IndicatorKind kind = item.optionalCode("kind", code -> enumOf(IndicatorKind.class, code), null, "computed, reported");
        if (!item.has("kind")) {
            item.problem(item.line("id"), "content.fieldMissing", "kind");
        }
        LocalizedText title = item.localized("title");
        LocalizedText unit = item.localized("unit");
        Map<Integer, BigDecimal> targets = targets(item);
        // Read as text once: a second read would report an appliesTo that is not text twice.
        Optional<String> appliesToText = item.has("appliesTo") ? item.text("appliesTo") : Optional.empty();
        UnitKind appliesTo = appliesToText.isEmpty() || appliesToText.get().equals(EVERY_UNIT) ? null
                : item.optionalCode("appliesTo", code -> enumOf(UnitKind.class, code), null, choices(UnitKind.class, EVERY_UNIT));
        if (kind == IndicatorKind.REPORTED) {
            RollUp rollUp = item.optionalCode("rollUp", code -> enumOf(RollUp.class, code), RollUp.SUM, "sum, mean");
            return rollUp == null || id == null || title == null || unit == null || section == null ? null
                    : Indicator.reported(id, section, title, unit, targets, appliesTo, rollUp);
        }
        if (kind == null) {
            return null;
        }
        Measure measure = item.optionalCode("measure", Measure::fromCode, null,
                Arrays.stream(Measure.values()).map(Measure::code).collect(Collectors.joining(", ")));
        if (!item.has("measure")) {
            item.problem(item.line("id"), "content.fieldMissing", "measure");
        }
        Set<Category> categories = categories(item);
        LearnerFlag flag = item.optionalCode("flag", LearnerFlag::fromCode, null,
                Arrays.stream(LearnerFlag.values()).map(LearnerFlag::code).collect(Collectors.joining(", ")));
        if (measure == Measure.FLAGGED_SHARE_COMPLETED && flag == null && !item.has("flag")) {
            item.problem(item.line("measure"), "catalogue.flagNeeded", id);
        }
        Boolean ever = item.optionalCode("completed", CatalogueReader::completedEver, Boolean.TRUE, "ever, in-period");
        return measure == null || id == null || title == null || unit == null || section == null || ever == null ? null
                : Indicator.computed(id, section, title, unit, targets, appliesTo, measure, categories, flag, ever);
    }

    private Map<Integer, BigDecimal> targets(YamlMap item) {
        Map<Integer, BigDecimal> targets = new LinkedHashMap<>();
        if (!item.has("targets")) {
            return targets;
        }
        item.map("targets").ifPresent(map -> {
            for (String year : map.keys()) {
                if (!year.matches("\\d{4}") || Integer.parseInt(year) < FIRST_YEAR || Integer.parseInt(year) > LAST_YEAR) {
                    map.problem(map.line(year), "catalogue.targetYearInvalid", year);
                    continue;
                }
                BigDecimal value = map.requiredDecimal(year);
                if (value != null && value.signum() < 0) {
                    map.problem(map.line(year), "catalogue.targetNegative", year);
                } else if (value != null) {
                    targets.put(Integer.valueOf(year), value);
                }
            }
        });
        return targets;
    }

    private Set<Category> categories(YamlMap item) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        if (!item.has("categories")) {
            return categories;
        }
        for (YamlMap.Entry entry : item.list("categories")) {
            Optional<Category> category = item.scalar(entry).flatMap(Category::fromCode);
            if (category.isEmpty()) {
                item.problem(entry.line(), "content.choiceUnknown", "categories", item.scalar(entry).orElse("?"),
                        Arrays.stream(Category.values()).map(Category::code).collect(Collectors.joining(", ")));
            } else {
                categories.add(category.get());
            }
        }
        return categories;
    }

    private static Optional<Boolean> completedEver(String code) {
        return switch (code) {
            case "ever" -> Optional.of(Boolean.TRUE);
            case "in-period" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(code)).findFirst();
    }

    private static <E extends Enum<E>> String choices(Class<E> type, String first) {
        return first + ", " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
    }
}
