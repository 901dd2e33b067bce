package vn.hocso.certificates.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocso.testsupport.Ink;

class CertificatePdfTest {

    private static final String URL = "https://hocso.example.vn/verify/ABCDEFGHJKLMNPQR";

    static CertificateContent content(String holder) {
        return new CertificateContent("HUYỆN ĐOÀN NINH PHƯỚC", "12/GCN-HĐNP", holder, 2001, "Đã hoàn thành khóa học",
                "An toàn trên không gian mạng", new BigDecimal("2.5"), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 4),
                "Đạt (điểm kiểm tra 85%)", "Ninh Phước", LocalDate.of(2026, 2, 5), "TM. BAN THƯỜNG VỤ", "BÍ THƯ",
                "Nguyễn Văn Thành", "ABCDEFGHJKLMNPQR", URL);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Thị Hồng Nhung", "Đặng Văn Ưng", "Lê Thị Ánh Tuyết", "Phạm Quỳnh Anh",
            "Trương Thị Mỹ Hạnh", "Hồ Ngọc Hà", "Võ Thị Sáu", "Ơn Ưng Đỗ Ỹ Ỷ Ẽ Ặ Ợ Ử", "Zoë Ωmega Ŭng"})
    void theHolderAndEveryFieldComeBackCharacterForCharacter(String holder) throws IOException {
        String text = text(CertificatePdf.render(content(holder)));

        assertThat(text).contains(holder, "GIẤY CHỨNG NHẬN", "ĐOÀN TNCS HỒ CHÍ MINH", "HUYỆN ĐOÀN NINH PHƯỚC",
                "Số: 12/GCN-HĐNP", "An toàn trên không gian mạng", "Năm sinh: 2001", "2,5 giờ",
                "Ninh Phước, ngày 05 tháng 02 năm 2026", "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Thành",
                "ABCD-EFGH-JKLM-NPQR");
    }

    @Test
    void carriesTitleAuthorAndSubjectAndEmbedsASubsetOfTheFont() throws IOException {
        byte[] pdf = CertificatePdf.render(content("Nguyễn Thị Hồng Nhung"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).contains("Nguyễn Thị Hồng Nhung", "An toàn trên không gian mạng");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("HUYỆN ĐOÀN NINH PHƯỚC");
            assertThat(document.getDocumentInformation().getSubject()).contains("An toàn trên không gian mạng");
            assertThat(document.getPage(0).getResources().getFontNames()).allSatisfy(name ->
                    assertThat(document.getPage(0).getResources().getFont(name).getName()).matches("[A-Z]{6}\\+.*"));
        }
        assertThat(pdf.length).as("subset fonts keep it small").isLessThan(120_000);
        assertThat(CertificatePdf.fileName(content("x"))).isEqualTo("giay-chung-nhan-12-gcn-h-np.pdf");
    }

    @Test
    void theRenderedPageHasInkAndEveryCharacterInsideThePageAndTheQrCodeOpensTheVerificationPage() throws Exception {
        String longName = "Công Tằng Tôn Nữ Thị Hoàng Phương Thảo Nguyên Bích Ngọc Diễm Kiều";
        byte[] pdf = CertificatePdf.render(content(longName));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            List<TextPosition> positions = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    positions.add(text);
                    super.processTextPosition(text);
                }
            };
            assertThat(stripper.getText(document)).contains(longName);
            assertThat(positions).isNotEmpty().allSatisfy(p -> {
                assertThat(p.getXDirAdj()).isBetween(0f, box.getWidth());
                assertThat(p.getXDirAdj() + p.getWidthDirAdj()).isLessThanOrEqualTo(box.getWidth());
                assertThat(p.getYDirAdj()).isBetween(0f, box.getHeight());
            });
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            assertThat(image.getWidth()).isGreaterThan(image.getHeight());
            assertThat(Ink.share(image)).as("ink on the page").isBetween(0.01, 0.5);
            assertThat(decode(image)).isEqualTo(URL);
        }
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
