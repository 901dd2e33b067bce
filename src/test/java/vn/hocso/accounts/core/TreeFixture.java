package vn.hocso.accounts.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Builds small unit trees for tests: units exist and edges hold from {@link #START} unless
 * a test says otherwise, so each test spells out only the dates it is about.
 */
final class TreeFixture {

    static final LocalDate START = LocalDate.of(2020, 1, 1);

    private final Map<String, UnitNode> units = new LinkedHashMap<>();
    private final List<UnitEdge> edges = new ArrayList<>();

    /**
     * Tỉnh Đoàn TINH › Huyện Đoàn HUYEN › communes PHUOC_AN (branches AP1, AP2, with AP1A
     * below AP1) and PHUOC_THIEN (branch AP3); a second district HUYEN2 has nothing below.
     */
    static TreeFixture province() {
        return new TreeFixture()
                .unit("TINH", "Tỉnh Đoàn Đồng Nai", UnitKind.PROVINCE_UNION)
                .unit("HUYEN", "Huyện Đoàn Nhơn Trạch", UnitKind.DISTRICT_UNION).under("HUYEN", "TINH")
                .unit("HUYEN2", "Huyện Đoàn Long Thành", UnitKind.DISTRICT_UNION).under("HUYEN2", "TINH")
                .unit("PHUOC_AN", "Đoàn xã Phước An", UnitKind.COMMUNE_UNION).under("PHUOC_AN", "HUYEN")
                .unit("PHUOC_THIEN", "Đoàn xã Phước Thiền", UnitKind.COMMUNE_UNION).under("PHUOC_THIEN", "HUYEN")
                .unit("AP1", "Chi đoàn ấp 1", UnitKind.BRANCH).under("AP1", "PHUOC_AN")
                .unit("AP1A", "Chi đoàn xóm Bàu", UnitKind.BRANCH).under("AP1A", "AP1")
                .unit("AP2", "Chi đoàn ấp 2", UnitKind.BRANCH).under("AP2", "PHUOC_AN")
                .unit("AP3", "Chi đoàn ấp 3", UnitKind.BRANCH).under("AP3", "PHUOC_THIEN");
    }

    TreeFixture unit(String code, String name, UnitKind kind) {
        return unit(code, name, kind, START);
    }

    TreeFixture unit(String code, String name, UnitKind kind, LocalDate founded) {
        units.put(code, new UnitNode(code, name, kind, founded, null, null));
        return this;
    }

    /**
     * What a merge stores: {@code code}'s last day is the day before {@code effective}, it
     * names {@code successor}, its edge upwards ends and its children move under the successor.
     */
    TreeFixture merged(String code, String successor, LocalDate effective) {
        UnitNode old = units.get(code);
        units.put(code, new UnitNode(code, old.name(), old.kind(), old.validFrom(), effective.minusDays(1), successor));
        openEdges(e -> e.parent().equals(code)).forEach(e -> moved(e.child(), successor, effective));
        openEdges(e -> e.child().equals(code)).forEach(e -> end(e, effective));
        return this;
    }

    TreeFixture under(String child, String parent) {
        return under(child, parent, START, null);
    }

    TreeFixture under(String child, String parent, LocalDate from, LocalDate to) {
        edges.add(new UnitEdge(child, parent, from, to));
        return this;
    }

    /** Ends the open edge above {@code child} on the day before {@code effective} and opens one to {@code newParent}. */
    TreeFixture moved(String child, String newParent, LocalDate effective) {
        openEdges(e -> e.child().equals(child)).forEach(e -> end(e, effective));
        return under(child, newParent, effective, null);
    }

    private List<UnitEdge> openEdges(Predicate<UnitEdge> which) {
        return edges.stream().filter(e -> e.validTo() == null && which.test(e)).toList();
    }

    private void end(UnitEdge open, LocalDate effective) {
        edges.set(edges.indexOf(open), new UnitEdge(open.child(), open.parent(), open.validFrom(), effective.minusDays(1)));
    }

    UnitTree build() {
        return new UnitTree(units.values(), edges);
    }

    UnitTree.Snapshot on(LocalDate date) {
        return build().asOf(date);
    }
}
