package vn.hocso.accounts.core;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisational tree over time. Communes merge and districts disappear, so the
 * tree is kept as dated edges; {@link #asOf} rebuilds it as it stood on a day, and a
 * unit that was merged away resolves to the unit that took it over.
 */
public final class UnitTree {

    private final Map<String, UnitNode> units;
    private final List<UnitEdge> edges;

    public UnitTree(Collection<UnitNode> units, Collection<UnitEdge> edges) {
        this.units = units.stream().collect(Collectors.toUnmodifiableMap(UnitNode::code, Function.identity()));
        this.edges = List.copyOf(edges);
    }

    public Optional<UnitNode> find(String code) {
        return Optional.ofNullable(units.get(code));
    }

    public Snapshot asOf(LocalDate date) {
        Map<String, String> parents = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (UnitEdge edge : edges) {
            if (edge.activeOn(date) && exists(edge.child(), date) && exists(edge.parent(), date)) {
                parents.put(edge.child(), edge.parent());
                children.computeIfAbsent(edge.parent(), k -> new ArrayList<>()).add(edge.child());
            }
        }
        return new Snapshot(date, parents, children);
    }

    private boolean exists(String code, LocalDate date) {
        UnitNode unit = units.get(code);
        return unit != null && unit.existsOn(date);
    }

    /** The tree on one day. */
    public final class Snapshot {
        private static final int MAX_MERGE_CHAIN = 64;

        private final LocalDate date;
        private final Map<String, String> parents;
        private final Map<String, List<String>> children;

        private Snapshot(LocalDate date, Map<String, String> parents, Map<String, List<String>> children) {
            this.date = date;
            this.parents = parents;
            this.children = children;
        }

        public List<UnitNode> units() {
            return sorted(units.values().stream().filter(u -> u.existsOn(date)).map(UnitNode::code).toList());
        }

        /** Units of this day whose name or code matches the query, diacritics ignored; all for no query. */
        public List<UnitNode> search(String query) {
            return units().stream()
                    .filter(u -> query == null || SearchText.matches(u.name() + " " + u.code(), query))
                    .toList();
        }

        /** The unit standing for {@code code} on this day (itself, or whoever absorbed it). */
        public Optional<UnitNode> find(String code) {
            return resolve(code).map(units::get);
        }

        public List<UnitNode> roots() {
            return units().stream().filter(u -> !parents.containsKey(u.code())).toList();
        }

        public List<UnitNode> children(String code) {
            return sorted(children.getOrDefault(code, List.of()));
        }

        public Optional<UnitNode> parent(String code) {
            return Optional.ofNullable(parents.get(code)).map(units::get);
        }

        /**
         * The unit and all below it, for the unit that stood for {@code code} on this day,
         * plus the units merged away into any of them: their people now count there.
         */
        public Set<String> subtree(String code) {
            Set<String> found = new LinkedHashSet<>();
            resolve(code).ifPresent(root -> {
                Deque<String> todo = new ArrayDeque<>(List.of(root));
                while (!todo.isEmpty()) {
                    String next = todo.pop();
                    if (found.add(next)) {
                        todo.addAll(children.getOrDefault(next, List.of()));
                    }
                }
            });
            Set<String> living = Set.copyOf(found);
            units.values().stream()
                    .filter(u -> !u.existsOn(date) && resolve(u.code()).filter(living::contains).isPresent())
                    .forEach(u -> found.add(u.code()));
            return found;
        }

        public boolean isWithin(String code, String ancestor) {
            Optional<String> resolvedAncestor = resolve(ancestor);
            Optional<String> current = resolve(code);
            while (current.isPresent() && resolvedAncestor.isPresent()) {
                if (current.get().equals(resolvedAncestor.get())) {
                    return true;
                }
                current = Optional.ofNullable(parents.get(current.get()));
            }
            return false;
        }

        /** From the root down to the unit, for display ("Tỉnh Đoàn › Huyện Đoàn › Xã"). */
        public List<UnitNode> path(String code) {
            List<UnitNode> path = new ArrayList<>();
            Optional<String> current = resolve(code);
            while (current.isPresent() && path.size() < units.size()) {
                path.add(0, units.get(current.get()));
                current = Optional.ofNullable(parents.get(current.get()));
            }
            return path;
        }

        /** The names of the units above, "Tỉnh Đoàn … › Huyện Đoàn …", to tell namesakes apart. */
        public String ancestry(String code) {
            List<UnitNode> path = path(code);
            return path.subList(0, Math.max(0, path.size() - 1)).stream()
                    .map(UnitNode::name).collect(Collectors.joining(" › "));
        }

        /** The unit that stood for {@code code} on this day: itself, or whoever absorbed it. */
        public Optional<String> resolve(String code) {
            UnitNode unit = units.get(code);
            for (int hops = 0; unit != null && hops < MAX_MERGE_CHAIN; hops++) {
                if (unit.existsOn(date)) {
                    return Optional.of(unit.code());
                }
                if (unit.mergedInto() == null || unit.validTo() == null || !date.isAfter(unit.validTo())) {
                    return Optional.empty();
                }
                unit = units.get(unit.mergedInto());
            }
            return Optional.empty();
        }

        private List<UnitNode> sorted(Collection<String> codes) {
            return codes.stream().map(units::get)
                    .sorted(Comparator.comparing((UnitNode u) -> u.kind().ordinal())
                            .thenComparing(VietnameseOrder.by(UnitNode::name)))
                    .toList();
        }
    }
}
