package vn.hocso.indicators.calc;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.hocso.platform.export.XlsxTables;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.i18n.Messages;

/**
 * The indicator report as a workbook, one sheet per section: the plan's indicators, the
 * activity figures, each by unit and by month (totals as SUM formulas where a total is a
 * sum), the people behind them by group (small groups hidden), and the reported values
 * with their sources. The figures are the dashboard's own, so they agree exactly.
 */
public final class IndicatorWorkbook {

    private final Dashboard dashboard;
    private final Locale locale;

    private IndicatorWorkbook(Dashboard dashboard, Locale locale) {
        this.dashboard = dashboard;
        this.locale = locale;
    }

    public static void write(Dashboard dashboard, List<Breakdown> groups, List<ReportedSource> sources, int minCell,
                             Locale locale, OutputStream out) {
        IndicatorWorkbook report = new IndicatorWorkbook(dashboard, locale);
        try (XlsxTables book = new XlsxTables()) {
            for (Section section : Section.values()) {
                book.sheet(report.text("indicators.section." + section), report.summaryHeaders(), report.summary(section));
            }
            book.sheet(report.text("indicators.sheet.byUnit"), report.byUnitHeaders(), report.byUnit());
            book.sheet(report.text("indicators.sheet.byMonth"), report.byMonthHeaders(), report.byMonth());
            book.sheet(report.text("indicators.sheet.byGroup"), GroupTable.headers(groups, report::text),
                    GroupTable.rows(groups, minCell, report::text));
            book.sheet(report.text("indicators.sheet.reported"), report.sourceHeaders(), report.sources(sources));
            book.write(out);
        }
    }

    private String text(String key, Object[] arguments) {
        return Messages.text(locale, key, arguments);
    }

    private String text(String key) {
        return Messages.text(locale, key);
    }

    private List<String> summaryHeaders() {
        return List.of(text("indicators.col.no"), text("indicators.col.id"), text("indicators.col.indicator"),
                text("indicators.col.kind"), text("indicators.col.unitOfMeasure"), text("indicators.col.target"),
                text("indicators.col.value"), text("indicators.col.progress"), text("indicators.col.status"));
    }

    private List<List<Object>> summary(Section section) {
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (Dashboard.Line line : dashboard.in(section)) {
            Indicator indicator = line.indicator();
            Figure figure = line.figure();
            List<Object> row = new ArrayList<>();
            row.add(number++);
            row.add(indicator.id());
            row.add(indicator.title().in(locale));
            row.add(text("indicators.kind." + indicator.kind()));
            row.add(indicator.unitOfMeasure().in(locale));
            row.add(figure.target());
            row.add(figure.value());
            row.add(figure.target() == null || figure.value() == null ? null : figure.progress());
            row.add(text("indicators.status." + figure.status()));
            rows.add(row);
        }
        return rows;
    }

    private List<String> byUnitHeaders() {
        List<String> headers = new ArrayList<>(List.of(text("indicators.col.unit")));
        dashboard.lines().forEach(line -> headers.add(heading(line)));
        return headers;
    }

    private List<List<Object>> byUnit() {
        List<List<Object>> rows = new ArrayList<>();
        int parts = dashboard.lines().isEmpty() ? 0 : dashboard.lines().get(0).parts().size();
        for (int p = 0; p < parts; p++) {
            Dashboard.Part first = dashboard.lines().get(0).parts().get(p);
            List<Object> row = new ArrayList<>();
            row.add(first.direct() ? text("indicators.direct", new Object[] {first.unit().name()}) : first.unit().name());
            for (Dashboard.Line line : dashboard.lines()) {
                row.add(line.parts().get(p).figure().value());
            }
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(List.of(text("indicators.col.total")));
        dashboard.lines().forEach(line -> total.add(adds(line) ? new XlsxTables.SumAbove(number(line.figure().value()))
                : line.figure().value()));
        rows.add(total);
        return rows;
    }

    private List<String> byMonthHeaders() {
        List<String> headers = new ArrayList<>(List.of(text("indicators.col.month")));
        computed().forEach(line -> headers.add(heading(line)));
        return headers;
    }

    private List<List<Object>> byMonth() {
        List<List<Object>> rows = new ArrayList<>();
        List<Dashboard.Line> computed = computed();
        List<YearMonth> months = dashboard.period().months();
        for (int m = 0; m < months.size(); m++) {
            List<Object> row = new ArrayList<>();
            row.add(Dates.format(months.get(m)));
            for (Dashboard.Line line : computed) {
                row.add(line.trend().get(m).value());
            }
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(List.of(text("indicators.col.total")));
        computed.forEach(line -> total.add(adds(line) && !line.indicator().measure().cumulative()
                ? new XlsxTables.SumAbove(number(line.figure().value())) : line.figure().value()));
        rows.add(total);
        return rows;
    }

    private List<String> sourceHeaders() {
        return List.of(text("indicators.col.id"), text("indicators.col.unit"), text("indicators.col.value"),
                text("indicators.col.note"), text("indicators.col.evidence"), text("indicators.col.enteredBy"),
                text("indicators.col.enteredAt"));
    }

    private List<List<Object>> sources(List<ReportedSource> sources) {
        return sources.stream().map(s -> List.<Object>of(s.indicatorId(), s.unitName(), s.value(), orEmpty(s.note()),
                orEmpty(s.evidenceUrl()), s.enteredBy(), s.enteredAt())).toList();
    }

    private List<Dashboard.Line> computed() {
        return dashboard.lines().stream().filter(line -> line.indicator().computed()).toList();
    }

    private String heading(Dashboard.Line line) {
        return line.indicator().id() + " (" + line.indicator().unitOfMeasure().in(locale) + ")";
    }

    /** Counts add up across units and months; shares and means do not. */
    private static boolean adds(Dashboard.Line line) {
        return !line.indicator().percent() && (line.indicator().computed() || line.indicator().rollUp() == RollUp.SUM);
    }

    private static double number(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
