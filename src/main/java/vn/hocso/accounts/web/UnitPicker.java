package vn.hocso.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.accounts.service.UnitService;

/**
 * Finds units for the unit picker as the person types, diacritics optional ("phuoc dan"
 * finds "Phước Dân"), and looks one up by its code.
 */
@Named
@ApplicationScoped
public class UnitPicker {

    @Inject
    private UnitService units;

    public List<UnitOption> complete(String query) {
        UnitTree.Snapshot tree = units.today();
        return units.search(query).stream().map(u -> UnitOption.of(u, tree)).toList();
    }

    public UnitOption byCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        UnitTree.Snapshot tree = units.today();
        return tree.resolve(code).flatMap(units.tree()::find).map(u -> UnitOption.of(u, tree)).orElse(null);
    }
}
