package vn.hocso.indicators.calc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;

/**
 * A unit as the tree stood in a report period: all the units its figures add up (its
 * subtree, with the units merged into it), split into the unit's own part and one part
 * per child, so the parts always add up to the whole.
 */
public record UnitScope(UnitNode unit, Set<String> units, List<Part> parts) {

    /** The unit itself (direct: its own records and those of units merged into it) or one child with its subtree. */
    public record Part(UnitNode unit, Set<String> units, boolean direct) {
    }

    public static UnitScope of(UnitTree.Snapshot tree, String code) {
        UnitNode unit = tree.find(code).orElseThrow(() -> new IllegalArgumentException("No unit " + code));
        Set<String> all = tree.subtree(unit.code());
        List<Part> parts = new ArrayList<>();
        Set<String> own = new LinkedHashSet<>(all);
        for (UnitNode child : tree.children(unit.code())) {
            Set<String> below = tree.subtree(child.code());
            own.removeAll(below);
            parts.add(new Part(child, below, false));
        }
        parts.add(0, new Part(unit, own, true));
        return new UnitScope(unit, Set.copyOf(all), List.copyOf(parts));
    }

    /** Unit code to the code of the part it counts in. */
    public Map<String, String> partOf() {
        Map<String, String> partOf = new HashMap<>();
        for (Part part : parts) {
            part.units().forEach(u -> partOf.put(u, part.unit().code()));
        }
        return partOf;
    }
}
