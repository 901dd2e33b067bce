package vn.hocso.classes.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;

/**
 * Reads the rows of a CSV file (UTF-8, with or without BOM, comma, semicolon or tab
 * separated, as Excel saves it in Vietnamese or English settings) or of the first sheet of
 * an XLSX workbook, as text.
 */
public final class SheetReader {

    public static final int MAX_ROWS = 20_000;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private SheetReader() {
    }

    public static List<SheetRow> read(byte[] file) {
        if (file == null || file.length == 0) {
            throw DomainException.invalid("file", "roster.emptyFile");
        }
        List<SheetRow> rows = isZip(file) ? xlsx(file) : csv(file);
        if (rows.size() > MAX_ROWS) {
            throw DomainException.invalid("file", "roster.tooManyRows", MAX_ROWS);
        }
        return rows;
    }

    private static boolean isZip(byte[] file) {
        if (file.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (file[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<SheetRow> xlsx(byte[] file) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw DomainException.of(Failure.INVALID, "roster.unreadableXlsx");
        }
    }

    private static List<SheetRow> csv(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw DomainException.of(Failure.INVALID, "roster.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new SheetRow((int) record.getRecordNumber(), record.toList()));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw DomainException.of(Failure.INVALID, "roster.unreadableCsv");
        }
    }

    /** The separator the header line uses most: Excel writes ";" where the comma is the decimal mark. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }
}
