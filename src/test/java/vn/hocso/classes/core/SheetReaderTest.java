package vn.hocso.classes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetReaderTest {

    @Test
    void readsCsvWithBomSemicolonsAndQuotedCells() {
        byte[] csv = "\uFEFFHọ và tên;Điện thoại\n\"Nguyễn Văn; An\";0912345678\n".getBytes(StandardCharsets.UTF_8);

        assertThat(SheetReader.read(csv)).satisfiesExactly(
                header -> assertThat(header.cells()).containsExactly("Họ và tên", "Điện thoại"),
                row -> {
                    assertThat(row.line()).isEqualTo(2);
                    assertThat(row.cells()).containsExactly("Nguyễn Văn; An", "0912345678");
                });
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithNumbersAsTheyShow() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Năm sinh");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("Đặng Văn Ưng");
            row.createCell(1).setCellValue(1998);
            workbook.write(bytes);
        }

        assertThat(SheetReader.read(bytes.toByteArray())).satisfiesExactly(
                header -> assertThat(header.line()).isEqualTo(1),
                row -> {
                    assertThat(row.line()).as("the empty second row keeps the numbering").isEqualTo(3);
                    assertThat(row.cells()).containsExactly("Đặng Văn Ưng", "1998");
                });
    }

    @Test
    void refusesEmptyFilesFilesThatAreNotUtf8AndBrokenWorkbooks() {
        assertThatThrownBy(() -> SheetReader.read(new byte[0])).hasMessageContaining("roster.emptyFile");
        assertThatThrownBy(() -> SheetReader.read("Họ tên\nAn".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessageContaining("roster.notUtf8");
        assertThatThrownBy(() -> SheetReader.read(new byte[] {'P', 'K', 3, 4, 0, 0})).hasMessageContaining("roster.unreadableXlsx");
    }
}
