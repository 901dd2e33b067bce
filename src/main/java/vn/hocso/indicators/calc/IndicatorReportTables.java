package vn.hocso.indicators.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.hocso.platform.i18n.Messages;
import vn.hocso.platform.pdf.PdfTable;
import vn.hocso.platform.pdf.PdfTable.Align;
import vn.hocso.platform.pdf.PdfTable.Column;
import vn.hocso.platform.pdf.PdfTable.Row;

/**
 * The tables of the printed indicator report: one per section, then the plan's indicators
 * by subordinate unit, split into groups of columns when there are too many to read on one
 * page width.
 */
final class IndicatorReportTables {

    /** A table and the title above it; null for a further group of columns of the table before. */
    record Titled(String title, PdfTable table, List<Row> rows) {
    }

    private static final String NONE = "—";
    private static final String[] NUMBERING = {"I", "II", "III"};
    private static final float SIZE = 8.5f;
    private static final float NUMBER = 26;
    private static final float UNIT_NAME = 200;
    /** Narrower than this a figure such as "10.000" no longer fits its column beside the heading. */
    private static final float FIGURE_MIN = 46;
    private static final float FIGURE_MAX = 80;

    private final Dashboard dashboard;
    private final Locale locale;
    private final PDFont regular;
    private final PDFont bold;
    private final float width;
    private final NumberFormat numbers;

    IndicatorReportTables(Dashboard dashboard, Locale locale, PDFont regular, PDFont bold, float width) {
        this.dashboard = dashboard;
        this.locale = locale;
        this.regular = regular;
        this.bold = bold;
        this.width = width;
        numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(1);
        // as the shares are computed (Amount), so the print matches the screen
        numbers.setRoundingMode(RoundingMode.HALF_UP);
    }

    List<Titled> all() {
        List<Titled> tables = new ArrayList<>();
        int numbered = 0;
        for (Section section : Section.values()) {
            List<Dashboard.Line> lines = dashboard.in(section);
            if (!lines.isEmpty()) {
                String title = NUMBERING[numbered++] + ". " + text("indicators.section." + section.name());
                tables.add(new Titled(title, sectionTable(), sectionRows(lines)));
            }
        }
        List<Dashboard.Line> split = dashboard.in(Section.PLAN).stream().filter(l -> !l.parts().isEmpty()).toList();
        int perGroup = Math.max(1, (int) ((width - NUMBER - UNIT_NAME) / FIGURE_MIN));
        int groups = (split.size() + perGroup - 1) / perGroup;
        // even groups read better than a full one followed by a stub of one or two columns
        int size = groups == 0 ? 0 : (split.size() + groups - 1) / groups;
        for (int from = 0; from < split.size(); from += size) {
            List<Dashboard.Line> group = split.subList(from, Math.min(split.size(), from + size));
            String title = from == 0 ? NUMBERING[numbered] + ". " + text("indicators.report.byUnitTitle") : null;
            tables.add(new Titled(title, byUnitTable(group), byUnitRows(group)));
        }
        return tables;
    }

    private PdfTable sectionTable() {
        List<Column> columns = List.of(
                new Column(text("indicators.col.no"), NUMBER, Align.CENTRE),
                new Column(text("indicators.col.id"), 34, Align.CENTRE),
                new Column(text("indicators.col.indicator"), 0, Align.LEFT),
                new Column(text("indicators.col.kind"), 80, Align.LEFT),
                new Column(text("indicators.col.unitOfMeasure"), 62, Align.CENTRE),
                new Column(text("indicators.col.target"), 58, Align.RIGHT),
                new Column(text("indicators.col.value"), 58, Align.RIGHT),
                new Column(text("indicators.col.progress"), 50, Align.RIGHT),
                new Column(text("indicators.col.status"), 88, Align.CENTRE));
        // the title takes whatever width the short columns leave
        float title = width - (float) columns.stream().mapToDouble(Column::width).sum();
        List<Column> sized = new ArrayList<>(columns);
        sized.set(2, new Column(columns.get(2).heading(), title, Align.LEFT));
        return new PdfTable(sized, regular, bold, SIZE);
    }

    private List<Row> sectionRows(List<Dashboard.Line> lines) {
        List<Row> rows = new ArrayList<>();
        for (Dashboard.Line line : lines) {
            Indicator indicator = line.indicator();
            Figure figure = line.figure();
            rows.add(new Row(List.of(String.valueOf(rows.size() + 1), indicator.id(), indicator.title().in(locale),
                    text("indicators.kind." + indicator.kind().name()),
                    indicator.unitOfMeasure() == null ? "" : indicator.unitOfMeasure().in(locale),
                    number(figure.target()), number(figure.value()), progress(figure), status(figure)), false));
        }
        return rows;
    }

    private PdfTable byUnitTable(List<Dashboard.Line> group) {
        float figure = Math.min(FIGURE_MAX, (width - NUMBER - UNIT_NAME) / group.size());
        List<Column> columns = new ArrayList<>(List.of(new Column(text("indicators.col.no"), NUMBER, Align.CENTRE),
                new Column(text("indicators.col.unit"), UNIT_NAME, Align.LEFT)));
        for (Dashboard.Line line : group) {
            Indicator indicator = line.indicator();
            columns.add(new Column(indicator.percent() ? indicator.id() + " (%)" : indicator.id(), figure, Align.RIGHT));
        }
        return new PdfTable(columns, regular, bold, SIZE);
    }

    /** One row per part any of the indicators has, in the order the dashboard gives them, then the unit's total. */
    private List<Row> byUnitRows(List<Dashboard.Line> group) {
        Map<String, Dashboard.Part> parts = new LinkedHashMap<>();
        group.forEach(line -> line.parts().forEach(part -> parts.putIfAbsent(key(part), part)));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Dashboard.Part> part : parts.entrySet()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(rows.size() + 1), label(part.getValue())));
            for (Dashboard.Line line : group) {
                cells.add(line.parts().stream().filter(p -> key(p).equals(part.getKey())).findFirst()
                        .map(p -> number(p.figure() == null ? null : p.figure().value())).orElse(NONE));
            }
            rows.add(new Row(cells, false));
        }
        List<String> total = new ArrayList<>(List.of("", text("indicators.col.total")));
        group.forEach(line -> total.add(number(line.figure().value())));
        rows.add(new Row(total, true));
        return rows;
    }

    /** The unit's own part has the unit's code too, so the flag tells it from a child of the same code. */
    private static String key(Dashboard.Part part) {
        return part.unit().code() + (part.direct() ? "#direct" : "");
    }

    private String label(Dashboard.Part part) {
        return part.direct() ? text("indicators.direct", part.unit().name()) : part.unit().name();
    }

    private String number(BigDecimal value) {
        return value == null ? NONE : numbers.format(value);
    }

    private String progress(Figure figure) {
        return figure.target() == null || figure.value() == null ? NONE : numbers.format(figure.progress());
    }

    private String status(Figure figure) {
        return figure.status() == null ? NONE : text("indicators.status." + figure.status().name());
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
