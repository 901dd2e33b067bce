package vn.hocso.indicators.calc;

import java.util.List;
import java.util.Optional;

/** The indicators in the order the catalogue lists them. */
public record Catalogue(List<Indicator> indicators) {

    public Catalogue {
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> find(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<Indicator> in(Section section) {
        return indicators.stream().filter(i -> i.section() == section).toList();
    }

    public List<Indicator> reported() {
        return indicators.stream().filter(i -> !i.computed()).toList();
    }
}
