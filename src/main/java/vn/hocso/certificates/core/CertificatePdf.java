package vn.hocso.certificates.core;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.pdf.PdfFonts;
import vn.hocso.platform.qr.QrSvg;

/**
 * A certificate of completion as one A4 landscape page, laid out like a Youth Union
 * document: the issuing body and its number on the left, the Union's name on the right,
 * the title, the holder, the course, the result, the place and date, the signer, and a QR
 * code that opens the verification page. Long names get smaller type, never overflow.
 */
public final class CertificatePdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 48;
    private static final float QR_SIZE = 84;
    private static final Color RED = new Color(0xB0, 0x1E, 0x1E);
    private static final String UNION = "ĐOÀN TNCS HỒ CHÍ MINH";

    private final CertificateContent content;
    private PDPageContentStream page;
    private PDFont regular;
    private PDFont bold;

    private CertificatePdf(CertificateContent content) {
        this.content = content;
    }

    public static byte[] render(CertificateContent content) {
        return new CertificatePdf(content).render();
    }

    /** The file name people save it under: stable, plain letters. */
    public static String fileName(CertificateContent content) {
        return "giay-chung-nhan-" + content.number().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase()
                + ".pdf";
    }

    private byte[] render() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            regular = PdfFonts.regular(document);
            bold = PdfFonts.bold(document);
            describe(document);
            PDPage sheet = new PDPage(PAGE);
            document.addPage(sheet);
            try (PDPageContentStream stream = new PDPageContentStream(document, sheet)) {
                page = stream;
                draw();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void describe(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Giấy chứng nhận – " + content.holderName() + " – " + content.courseTitle());
        info.setAuthor(content.issuer());
        info.setSubject(content.wording() + " " + content.courseTitle());
        info.setKeywords(content.number() + " " + VerificationCode.grouped(content.code()));
        Calendar issued = new GregorianCalendar(TimeZone.getTimeZone(Dates.VIETNAM));
        issued.clear();
        issued.set(content.issuedOn().getYear(), content.issuedOn().getMonthValue() - 1, content.issuedOn().getDayOfMonth());
        info.setCreationDate(issued);
    }

    private void draw() throws IOException {
        float width = PAGE.getWidth();
        float top = PAGE.getHeight() - MARGIN;
        border();
        // left: the issuing body and the number; right: the Union
        centeredAt(bold, 12, MARGIN + 150, top - 10, fit(content.issuer(), bold, 12, 290));
        centeredAt(regular, 11, MARGIN + 150, top - 28, "***");
        centeredAt(regular, 11, MARGIN + 150, top - 44, "Số: " + content.number());
        centeredAt(bold, 12, width - MARGIN - 150, top - 10, UNION);
        page.moveTo(width - MARGIN - 215, top - 16);
        page.lineTo(width - MARGIN - 85, top - 16);
        page.stroke();
        // the certificate itself
        page.setNonStrokingColor(RED);
        centered(bold, 30, top - 105, "GIẤY CHỨNG NHẬN");
        page.setNonStrokingColor(Color.BLACK);
        centered(regular, 14, top - 140, "Chứng nhận anh/chị:");
        float nameSize = sizeToFit(content.holderName(), bold, 26, width - 2 * MARGIN - 80);
        centered(bold, nameSize, top - 178, content.holderName());
        if (content.holderBirthYear() != null) {
            centered(regular, 13, top - 202, "Năm sinh: " + content.holderBirthYear());
        }
        String course = content.wording() + " “" + content.courseTitle() + "”";
        centered(regular, sizeToFit(course, regular, 15, width - 2 * MARGIN - 60), top - 232, course);
        centered(regular, 13, top - 256, "Thời lượng: " + hours(content.hours()) + " giờ, từ ngày " + Dates.format(content.from())
                + " đến ngày " + Dates.format(content.to()));
        centered(regular, 13, top - 278, "Kết quả: " + content.result());
        // place, date and signer on the right
        float signX = width - MARGIN - 150;
        centeredAt(regular, 12, signX, MARGIN + 150, content.placeAndDate());
        centeredAt(bold, 12, signX, MARGIN + 128, content.onBehalfOf());
        centeredAt(bold, 12, signX, MARGIN + 112, content.signerTitle());
        centeredAt(bold, 13, signX, MARGIN + 40, content.signerName());
        // the QR code and the code to type, on the left
        qr(MARGIN + 20, MARGIN + 40);
        show(regular, 9, MARGIN + 20, MARGIN + 26, "Mã xác minh: " + VerificationCode.grouped(content.code()));
        show(regular, 8, MARGIN + 20, MARGIN + 14, fit(content.verifyUrl(), regular, 8, 320));
    }

    private void border() throws IOException {
        page.setStrokingColor(RED);
        page.setLineWidth(3);
        page.addRect(MARGIN / 2, MARGIN / 2, PAGE.getWidth() - MARGIN, PAGE.getHeight() - MARGIN);
        page.stroke();
        page.setLineWidth(1);
        page.addRect(MARGIN / 2 + 6, MARGIN / 2 + 6, PAGE.getWidth() - MARGIN - 12, PAGE.getHeight() - MARGIN - 12);
        page.stroke();
        page.setStrokingColor(Color.BLACK);
        page.setLineWidth(0.8f);
    }

    private void qr(float x, float y) throws IOException {
        ByteMatrix modules = QrSvg.modules(content.verifyUrl());
        float module = QR_SIZE / modules.getWidth();
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                if (modules.get(column, row) == 1) {
                    page.addRect(x + column * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        page.fill();
    }

    private static String hours(BigDecimal hours) {
        return hours == null ? "–" : hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The largest size up to {@code size} at which the text fits the width. */
    static float sizeToFit(String text, PDFont font, float size, float width) throws IOException {
        float natural = font.getStringWidth(text) / 1000;
        return natural * size <= width ? size : width / natural;
    }

    private static String fit(String text, PDFont font, float size, float width) throws IOException {
        String cut = text;
        while (cut.length() > 1 && font.getStringWidth(cut) / 1000 * size > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }

    private void centered(PDFont font, float size, float y, String text) throws IOException {
        centeredAt(font, size, PAGE.getWidth() / 2, y, text);
    }

    private void centeredAt(PDFont font, float size, float centre, float y, String text) throws IOException {
        show(font, size, centre - font.getStringWidth(text) / 1000 * size / 2, y, text);
    }

    private void show(PDFont font, float size, float x, float y, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
    }
}
