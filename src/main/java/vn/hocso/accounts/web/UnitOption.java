package vn.hocso.accounts.web;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;

/** A unit in a picker: its name, with the units above it so namesakes can be told apart. */
public record UnitOption(String code, String name, String path) implements Serializable {

    static UnitOption of(UnitNode unit, UnitTree.Snapshot tree) {
        List<UnitNode> above = tree.path(unit.code());
        String path = above.subList(0, Math.max(0, above.size() - 1)).stream()
                .map(UnitNode::name).collect(Collectors.joining(" › "));
        return new UnitOption(unit.code(), unit.name(), path);
    }

    public String label() {
        return path.isEmpty() ? name : name + " (" + path + ")";
    }
}
