package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.courses.content.LocalizedText;

class FigureTest {

    private static final Period DECEMBER_2026 = ReportCalendar.PLAN_273.period(PeriodKind.DECEMBER_REPORT, 2026);
    private static final LocalDate AFTER = LocalDate.of(2027, 1, 1);
    private static final Indicator DISTRICT_CLASSES = Indicator.computed("T2", Section.PLAN,
            new LocalizedText("Lớp tập huấn", null), new LocalizedText("lớp", null),
            Map.of(2025, BigDecimal.valueOf(2), 2030, BigDecimal.valueOf(4)), UnitKind.DISTRICT_UNION,
            Measure.CLASSES_HELD, Set.of(), null, true);

    private static Figure figure(String value, String target) {
        return new Figure(value == null ? null : new BigDecimal(value), target == null ? null : new BigDecimal(target),
                Status.NO_DATA);
    }

    @Test
    void aFigureTakesTheTargetOfTheYearThePeriodEndsInForItsKindOfUnit() {
        Figure district = Figure.of(DISTRICT_CLASSES, BigDecimal.valueOf(5), DECEMBER_2026, AFTER, UnitKind.DISTRICT_UNION);
        Figure commune = Figure.of(DISTRICT_CLASSES, BigDecimal.valueOf(5), DECEMBER_2026, AFTER, UnitKind.COMMUNE_UNION);

        assertThat(district.target()).isEqualByComparingTo("4");
        assertThat(district.status()).isEqualTo(Status.MET);
        assertThat(commune.target()).isNull();
        assertThat(commune.status()).isEqualTo(Status.NO_TARGET);
    }

    @Test
    void progressIsTheShareOfTheTargetReachedRoundedDown() {
        assertThat(figure("5", "10").progress()).isEqualTo(50);
        assertThat(figure("3", "7").progress()).isEqualTo(42);
    }

    @Test
    void progressStopsAtAHundred() {
        assertThat(figure("15", "10").progress()).isEqualTo(100);
        assertThat(figure("0", "0").progress()).isEqualTo(100);
    }

    @Test
    void thereIsNoProgressWithoutATargetOrAValue() {
        assertThat(figure("5", null).progress()).isZero();
        assertThat(figure(null, "10").progress()).isZero();
    }
}
