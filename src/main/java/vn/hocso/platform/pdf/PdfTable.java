package vn.hocso.platform.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A ruled table whose cells wrap their text over as many lines as it needs; a row that
 * does not fit goes to the next page, which starts with the heading row again so every
 * page can be read on its own.
 */
public final class PdfTable {

    public enum Align { LEFT, CENTRE, RIGHT }

    public record Column(String heading, float width, Align align) {
    }

    /** One row; a strong one (a total) is set in bold. */
    public record Row(List<String> cells, boolean strong) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private static final float PAD = 3;
    private static final float LEADING = 1.2f;
    /** Room above the first baseline: Vietnamese capitals carry two marks stacked above the letter. */
    private static final float ASCENT = 0.95f;
    /** Past this a cell is cut with "…": one endless text must not push a row past a whole page. */
    private static final int MAX_LINES = 12;
    private static final Color HEADING_FILL = new Color(0xE6, 0xE6, 0xE6);

    private final List<Column> columns;
    private final PDFont regular;
    private final PDFont bold;
    private final float size;

    public PdfTable(List<Column> columns, PDFont regular, PDFont bold, float size) {
        this.columns = List.copyOf(columns);
        this.regular = regular;
        this.bold = bold;
        this.size = size;
    }

    /** The height of the heading row and the first row, which a title above the table should be kept with. */
    public float openingHeight(List<Row> rows) throws IOException {
        float heading = height(layout(headingRow()));
        return rows.isEmpty() ? heading : heading + height(layout(rows.get(0)));
    }

    public void draw(PageFlow flow, List<Row> rows) throws IOException {
        Row heading = headingRow();
        List<List<String>> headingLines = layout(heading);
        flow.keep(openingHeight(rows));
        drawRow(flow, heading, headingLines, true);
        for (Row row : rows) {
            List<List<String>> lines = layout(row);
            if (!flow.fits(height(lines))) {
                flow.newPage();
                drawRow(flow, heading, headingLines, true);
            }
            drawRow(flow, row, lines, false);
        }
    }

    private Row headingRow() {
        return new Row(columns.stream().map(Column::heading).toList(), true);
    }

    private List<List<String>> layout(Row row) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        PDFont font = row.strong() ? bold : regular;
        for (int i = 0; i < columns.size(); i++) {
            String text = i < row.cells().size() && row.cells().get(i) != null ? row.cells().get(i) : "";
            cells.add(TextWrap.lines(font, text, size, columns.get(i).width() - 2 * PAD, MAX_LINES));
        }
        return cells;
    }

    private float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return 2 * PAD + lines * LEADING * size;
    }

    private void drawRow(PageFlow flow, Row row, List<List<String>> cells, boolean heading) throws IOException {
        float rowHeight = height(cells);
        float top = flow.y();
        PDPageContentStream content = flow.content();
        float x = flow.left();
        content.setLineWidth(0.5f);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            content.addRect(x, top - rowHeight, column.width(), rowHeight);
            if (heading) {
                content.setNonStrokingColor(HEADING_FILL);
                content.fillAndStroke();
                content.setNonStrokingColor(Color.BLACK);
            } else {
                content.stroke();
            }
            drawCell(flow, row.strong() ? bold : regular, cells.get(i), heading ? Align.CENTRE : column.align(), x,
                    column.width(), top - (rowHeight - blockHeight(cells.get(i))) / 2);
            x += column.width();
        }
        flow.down(rowHeight);
    }

    /** The lines of one cell, their block centred in the row's height. */
    private void drawCell(PageFlow flow, PDFont font, List<String> lines, Align align, float x, float width, float blockTop)
            throws IOException {
        float baseline = blockTop - PAD - ASCENT * size;
        for (String line : lines) {
            float lineWidth = TextFit.width(font, line, size);
            float left = switch (align) {
                case LEFT -> x + PAD;
                case CENTRE -> x + (width - lineWidth) / 2;
                case RIGHT -> x + width - PAD - lineWidth;
            };
            flow.show(font, size, left, baseline, line);
            baseline -= LEADING * size;
        }
    }

    private float blockHeight(List<String> lines) {
        return 2 * PAD + lines.size() * LEADING * size;
    }
}
