package vn.hocso.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Spreadsheets of simple tables, as organizers open them in Excel: a bold frozen header,
 * numbers as numbers, times as dates in Vietnam's time zone, text always as text (never
 * read as a formula), columns wide enough for their content, totals as SUM formulas.
 * Rows stream to a temporary file, so tens of thousands of them do not fill the heap.
 */
public final class XlsxTables implements AutoCloseable {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_WIDTH_CHARS = 60;

    /** Rows kept in memory per sheet; older ones are flushed to disk. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle header;
    private final CellStyle dateTime;
    private final CellStyle decimal;

    public XlsxTables() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
    }

    /** A sheet with its header row and its rows; each value a String, Number, Instant or null. */
    public XlsxTables sheet(String name, List<String> headers, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(name);
        int[] widths = new int[headers.size()];
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
            widths[c] = headers.get(c).length();
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                widths[c] = Math.max(widths[c], write(row.createCell(c), values.get(c)));
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH_CHARS, widths[c] + 2) * 256);
        }
        return this;
    }

    /**
     * A total: the SUM formula of the column's rows above it (from the first data row), shown
     * with {@code value}, the same sum worked out by the caller, until the sheet recalculates.
     */
    public record SumAbove(double value) {
    }

    /** Writes the value and answers how many characters it shows. */
    private int write(Cell cell, Object value) {
        if (value instanceof SumAbove sum) {
            String column = CellReference.convertNumToColString(cell.getColumnIndex());
            cell.setCellFormula("SUM(" + column + "2:" + column + cell.getRowIndex() + ")");
            cell.setCellValue(sum.value());
            return Double.toString(sum.value()).length();
        }
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(decimal);
            return number.toPlainString().length() + 1;
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return number.toString().length();
        }
        if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, VIETNAM));
            cell.setCellStyle(dateTime);
            return 16;
        }
        String text = value == null ? "" : value.toString();
        cell.setCellValue(text);
        return text.length();
    }

    public void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
