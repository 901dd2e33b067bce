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
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.pdf.PdfFonts;
import vn.hocso.platform.pdf.TextFit;
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
    /** Strong text is the same font drawn with an outline: one embedded font makes a lighter, faster PDF. */
    private static final boolean STRONG = true;
    private static final boolean PLAIN = false;
    private static final float STROKE_SHARE = 0.035f;

    private PDPageContentStream page;
    private PDFont font;

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
            font = PdfFonts.covering(document, content.text());
            describe(document);
            PDPage sheet = new PDPage(PAGE);
            document.addPage(sheet);
            try (PDPageContentStream stream = new PDPageContentStream(document, sheet)) {
                page = stream;
                page.setFont(font, 1);
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
        centeredAt(STRONG, 12, MARGIN + 150, top - 10, fit(content.issuer(), 12, 290));
        centeredAt(PLAIN, 11, MARGIN + 150, top - 28, "***");
        centeredAt(PLAIN, 11, MARGIN + 150, top - 44, "Số: " + content.number());
        centeredAt(STRONG, 12, width - MARGIN - 150, top - 10, UNION);
        page.moveTo(width - MARGIN - 215, top - 16);
        page.lineTo(width - MARGIN - 85, top - 16);
        page.stroke();
        // the certificate itself
        page.setNonStrokingColor(RED);
        page.setStrokingColor(RED);
        centered(STRONG, 30, top - 105, "GIẤY CHỨNG NHẬN");
        page.setNonStrokingColor(Color.BLACK);
        page.setStrokingColor(Color.BLACK);
        centered(PLAIN, 14, top - 140, "Chứng nhận anh/chị:");
        float nameSize = sizeToFit(content.holderName(), 26, width - 2 * MARGIN - 80);
        centered(STRONG, nameSize, top - 178, content.holderName());
        if (content.holderBirthYear() != null) {
            centered(PLAIN, 13, top - 202, "Năm sinh: " + content.holderBirthYear());
        }
        String course = content.wording() + " “" + content.courseTitle() + "”";
        centered(PLAIN, sizeToFit(course, 15, width - 2 * MARGIN - 60), top - 232, course);
        centered(PLAIN, 13, top - 256, "Thời lượng: " + hours(content.hours()) + " giờ, từ ngày " + Dates.format(content.from())
                + " đến ngày " + Dates.format(content.to()));
        centered(PLAIN, 13, top - 278, "Kết quả: " + content.result());
        // place, date and signer on the right
        float signX = width - MARGIN - 150;
        centeredAt(PLAIN, 12, signX, MARGIN + 150, content.placeAndDate());
        centeredAt(STRONG, 12, signX, MARGIN + 128, content.onBehalfOf());
        centeredAt(STRONG, 12, signX, MARGIN + 112, content.signerTitle());
        centeredAt(STRONG, 13, signX, MARGIN + 40, content.signerName());
        // the QR code and the code to type, on the left
        qr(MARGIN + 20, MARGIN + 40);
        show(PLAIN, 9, MARGIN + 20, MARGIN + 26, "Mã xác minh: " + VerificationCode.grouped(content.code()));
        show(PLAIN, 8, MARGIN + 20, MARGIN + 14, fit(content.verifyUrl(), 8, 320));
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
            int column = 0;
            while (column < modules.getWidth()) {
                // one rectangle per run of dark modules: a smaller page that draws faster
                int run = 0;
                while (column + run < modules.getWidth() && modules.get(column + run, row) == 1) {
                    run++;
                }
                if (run > 0) {
                    page.addRect(x + column * module, y + QR_SIZE - (row + 1) * module, run * module, module);
                }
                column += Math.max(run, 1);
            }
        }
        page.fill();
    }

    private static String hours(BigDecimal hours) {
        return hours == null ? "–" : hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private float sizeToFit(String text, float size, float width) throws IOException {
        return TextFit.size(font, text, size, width);
    }

    private String fit(String text, float size, float width) throws IOException {
        return TextFit.cut(font, text, size, width, "");
    }

    private void centered(boolean strong, float size, float y, String text) throws IOException {
        centeredAt(strong, size, PAGE.getWidth() / 2, y, text);
    }

    private void centeredAt(boolean strong, float size, float centre, float y, String text) throws IOException {
        show(strong, size, centre - font.getStringWidth(text) / 1000 * size / 2, y, text);
    }

    /**
     * The font is set once at size 1 and each text is scaled by its matrix: setting the font
     * anew for every line cost more than drawing the line.
     */
    private void show(boolean strong, float size, float x, float y, String text) throws IOException {
        page.beginText();
        if (strong) {
            page.setRenderingMode(RenderingMode.FILL_STROKE);
            page.setLineWidth(size * STROKE_SHARE);
        }
        page.setTextMatrix(new Matrix(size, 0, 0, size, x, y));
        page.showText(text);
        page.endText();
        if (strong) {
            page.setRenderingMode(RenderingMode.FILL);
            page.setLineWidth(0.8f);
        }
    }
}
