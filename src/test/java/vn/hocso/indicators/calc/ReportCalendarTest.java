package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class ReportCalendarTest {

    private static final ReportCalendar PLAN = ReportCalendar.PLAN_273;

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void theJuneReportRunsFromTheFifteenthOfDecemberBeforeToTheFourteenthOfJune() {
        Period june = PLAN.period(PeriodKind.JUNE_REPORT, 2026);

        assertThat(june.kind()).isEqualTo(PeriodKind.JUNE_REPORT);
        assertThat(june.from()).isEqualTo(day(2025, 12, 15));
        assertThat(june.to()).isEqualTo(day(2026, 6, 14));
    }

    @Test
    void theDecemberReportRunsFromTheFifteenthOfDecemberBeforeToTheFourteenthOfDecember() {
        Period december = PLAN.period(PeriodKind.DECEMBER_REPORT, 2026);

        assertThat(december.kind()).isEqualTo(PeriodKind.DECEMBER_REPORT);
        assertThat(december.from()).isEqualTo(day(2025, 12, 15));
        assertThat(december.to()).isEqualTo(day(2026, 12, 14));
    }

    @Test
    void consecutiveDecemberReportsLeaveNoDayOut() {
        assertThat(PLAN.period(PeriodKind.DECEMBER_REPORT, 2027).from())
                .isEqualTo(PLAN.period(PeriodKind.DECEMBER_REPORT, 2026).to().plusDays(1));
    }

    @Test
    void aReportCountsTowardTheTargetOfTheYearItEndsIn() {
        assertThat(PLAN.period(PeriodKind.JUNE_REPORT, 2026).targetYear()).isEqualTo(2026);
        assertThat(PLAN.period(PeriodKind.DECEMBER_REPORT, 2026).targetYear()).isEqualTo(2026);
    }

    @Test
    void aYearIsTheCalendarYear() {
        Period year = PLAN.period(PeriodKind.YEAR, 2026);

        assertThat(year.kind()).isEqualTo(PeriodKind.YEAR);
        assertThat(year.from()).isEqualTo(day(2026, 1, 1));
        assertThat(year.to()).isEqualTo(day(2026, 12, 31));
    }

    @Test
    void aPlanCountingFromTheFirstOfJanuaryReportsWithinTheSameYear() {
        ReportCalendar calendar = new ReportCalendar(MonthDay.of(1, 1), MonthDay.of(6, 30));

        Period june = calendar.period(PeriodKind.JUNE_REPORT, 2026);
        Period december = calendar.period(PeriodKind.DECEMBER_REPORT, 2026);

        assertThat(june.from()).isEqualTo(day(2026, 1, 1));
        assertThat(june.to()).isEqualTo(day(2026, 6, 30));
        assertThat(december.from()).isEqualTo(day(2026, 1, 1));
        assertThat(december.to()).isEqualTo(day(2026, 12, 31));
    }

    @Test
    void aPlanCountingFromOctoberStartsItsReportYearTheYearBefore() {
        ReportCalendar calendar = new ReportCalendar(MonthDay.of(10, 1), MonthDay.of(3, 31));

        Period june = calendar.period(PeriodKind.JUNE_REPORT, 2026);
        Period december = calendar.period(PeriodKind.DECEMBER_REPORT, 2026);

        assertThat(june.from()).isEqualTo(day(2025, 10, 1));
        assertThat(june.to()).isEqualTo(day(2026, 3, 31));
        assertThat(december.from()).isEqualTo(day(2025, 10, 1));
        assertThat(december.to()).isEqualTo(day(2026, 9, 30));
    }

    @Test
    void aCustomPeriodComesOnlyFromItsOwnDates() {
        assertThatThrownBy(() -> PLAN.period(PeriodKind.CUSTOM, 2026)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCustomPeriodKeepsTheDatesTheOrganizerChose() {
        Period custom = ReportCalendar.custom(day(2026, 3, 1), day(2026, 3, 31));

        assertThat(custom).isEqualTo(new Period(PeriodKind.CUSTOM, day(2026, 3, 1), day(2026, 3, 31)));
    }

    @Test
    void aCustomPeriodMayBeASingleDay() {
        assertThat(ReportCalendar.custom(day(2026, 3, 8), day(2026, 3, 8))).isNotNull();
    }

    @Test
    void aCustomPeriodEndingBeforeItStartsIsRefused() {
        assertThat(ReportCalendar.custom(day(2026, 3, 31), day(2026, 3, 1))).isNull();
    }

    @Test
    void aCustomPeriodWithoutBothDatesIsRefused() {
        assertThat(ReportCalendar.custom(null, day(2026, 3, 1))).isNull();
        assertThat(ReportCalendar.custom(day(2026, 3, 1), null)).isNull();
    }

    @Test
    void aCustomPeriodOfFiveYearsIsAcceptedButNotLonger() {
        LocalDate from = day(2021, 1, 1);

        assertThat(ReportCalendar.custom(from, day(2025, 12, 31))).isNotNull();
        assertThat(ReportCalendar.custom(from, from.plusDays(ReportCalendar.MAX_CUSTOM_DAYS))).isNotNull();
        assertThat(ReportCalendar.custom(from, from.plusDays(ReportCalendar.MAX_CUSTOM_DAYS + 1))).isNull();
        assertThat(ReportCalendar.custom(from, day(2026, 2, 1))).isNull();
    }
}
