package vn.hocso.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import vn.hocso.accounts.core.SearchText;
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

    private static final int MAX_SUGGESTIONS = 30;

    public List<UnitOption> complete(String query) {
        UnitTree.Snapshot tree = units.today();
        return tree.search(query).stream().limit(MAX_SUGGESTIONS).map(u -> UnitOption.of(u, tree)).toList();
    }

    /** The one unit whose label, name or code matches the text, if exactly one does. */
    public Optional<UnitOption> uniqueMatch(String text) {
        List<UnitOption> matches = complete(text);
        Optional<UnitOption> exact = matches.stream()
                .filter(u -> SearchText.fold(u.label()).equals(SearchText.fold(text))
                        || SearchText.fold(u.name()).equals(SearchText.fold(text))
                        || u.code().equalsIgnoreCase(text.strip()))
                .findFirst();
        return exact.isPresent() || matches.size() != 1 ? exact : Optional.of(matches.get(0));
    }

    public UnitOption byCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        UnitTree.Snapshot tree = units.today();
        return tree.find(code).map(u -> UnitOption.of(u, tree)).orElse(null);
    }
}
