package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.courses.content.LocalizedText;

class DashboardTest {

    private static final LocalizedText TEXT = new LocalizedText("lượt", null);
    private static final Period JUNE = ReportCalendar.PLAN_273.period(PeriodKind.JUNE_REPORT, 2026);
    private static final UnitNode DISTRICT = new UnitNode("HUYEN", "Huyện Đoàn Nhơn Trạch", UnitKind.DISTRICT_UNION,
            LocalDate.of(2020, 1, 1), null, null);
    private static final Dashboard DASHBOARD = new Dashboard(DISTRICT, JUNE, LocalDate.of(2026, 7, 1),
            List.of(line("S1", Section.PLAN), line("A1", Section.ACTIVITY), line("T2", Section.PLAN)));

    private static Dashboard.Line line(String id, Section section) {
        Indicator indicator = Indicator.computed(id, section, TEXT, TEXT, Map.of(), null, Measure.LEARNERS, Set.of(), null, true);
        return new Dashboard.Line(indicator, new Figure(null, null, Status.NO_DATA), List.of(), List.of());
    }

    @Test
    void aLineIsFoundByItsIndicator() {
        assertThat(DASHBOARD.line("A1")).hasValueSatisfying(l -> assertThat(l.indicator().id()).isEqualTo("A1"));
        assertThat(DASHBOARD.line("X9")).isEmpty();
    }

    @Test
    void aSectionKeepsTheCataloguesOrder() {
        assertThat(DASHBOARD.in(Section.PLAN)).extracting(l -> l.indicator().id()).containsExactly("S1", "T2");
        assertThat(DASHBOARD.in(Section.ACTIVITY)).extracting(l -> l.indicator().id()).containsExactly("A1");
    }
}
