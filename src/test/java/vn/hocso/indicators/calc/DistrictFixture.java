package vn.hocso.indicators.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocso.accounts.core.UnitEdge;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.core.UnitTree;

/**
 * A small unit tree for the indicator maths: Huyện Đoàn HUYEN with the communes XA_A
 * (branches AP1, AP2) and XA_B, and the branch CQ directly under the district. Units and
 * edges hold from {@link #START}; {@link #merged} stores a merger the way the accounts
 * feature does.
 */
final class DistrictFixture {

    static final LocalDate START = LocalDate.of(2020, 1, 1);

    private final Map<String, UnitNode> units = new LinkedHashMap<>();
    private final List<UnitEdge> edges = new ArrayList<>();

    static DistrictFixture district() {
        return new DistrictFixture()
                .unit("HUYEN", "Huyện Đoàn Nhơn Trạch", UnitKind.DISTRICT_UNION, null)
                .unit("XA_A", "Đoàn xã An Bình", UnitKind.COMMUNE_UNION, "HUYEN")
                .unit("XA_B", "Đoàn xã Bình Minh", UnitKind.COMMUNE_UNION, "HUYEN")
                .unit("CQ", "Chi đoàn cơ quan", UnitKind.BRANCH, "HUYEN")
                .unit("AP1", "Chi đoàn ấp 1", UnitKind.BRANCH, "XA_A")
                .unit("AP2", "Chi đoàn ấp 2", UnitKind.BRANCH, "XA_A");
    }

    DistrictFixture unit(String code, String name, UnitKind kind, String parent) {
        units.put(code, new UnitNode(code, name, kind, START, null, null));
        if (parent != null) {
            edges.add(new UnitEdge(code, parent, START, null));
        }
        return this;
    }

    /** {@code code}'s last day is the day before {@code effective}; its children move to {@code successor}. */
    DistrictFixture merged(String code, String successor, LocalDate effective) {
        UnitNode old = units.get(code);
        units.put(code, new UnitNode(code, old.name(), old.kind(), old.validFrom(), effective.minusDays(1), successor));
        for (UnitEdge edge : List.copyOf(edges)) {
            if (edge.validTo() == null && (edge.child().equals(code) || edge.parent().equals(code))) {
                edges.set(edges.indexOf(edge), new UnitEdge(edge.child(), edge.parent(), edge.validFrom(), effective.minusDays(1)));
                if (edge.parent().equals(code)) {
                    edges.add(new UnitEdge(edge.child(), successor, effective, null));
                }
            }
        }
        return this;
    }

    UnitTree.Snapshot on(LocalDate date) {
        return new UnitTree(units.values(), edges).asOf(date);
    }
}
