package vn.hocso.accounts.web;

import java.io.Serializable;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;

/** A unit in a picker: its name, with the units above it so namesakes can be told apart. */
public record UnitOption(String code, String name, String path) implements Serializable {

    static UnitOption of(UnitNode unit, UnitTree.Snapshot tree) {
        return new UnitOption(unit.code(), unit.name(), tree.ancestry(unit.code()));
    }

    public String label() {
        return path.isEmpty() ? name : name + " (" + path + ")";
    }
}
