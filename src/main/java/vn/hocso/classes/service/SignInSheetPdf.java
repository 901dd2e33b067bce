package vn.hocso.classes.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.hocso.accounts.model.Account;
import vn.hocso.classes.model.ClassSession;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.i18n.Messages;
import vn.hocso.platform.pdf.PdfFonts;
import vn.hocso.platform.pdf.TextFit;

/**
 * The printable sign-in sheet (danh sách điểm danh) of a class: for each session, the
 * roster in Vietnamese name order with a column to sign, on A4 pages.
 */
public final class SignInSheetPdf {

    private static final float MARGIN = 40;
    private static final float ROW = 26;
    private static final float[] WIDTHS = {32, 190, 52, 141, 100};
    private static final float BODY_SIZE = 10;
    private static final float MIN_SIZE = 6;

    private final ClassSheet sheet;
    private final Locale locale;
    private PDDocument document;
    private PDFont regular;
    private PDFont bold;

    private SignInSheetPdf(ClassSheet sheet, Locale locale) {
        this.sheet = sheet;
        this.locale = locale;
    }

    public static void write(ClassSheet sheet, Locale locale, OutputStream out) {
        new SignInSheetPdf(sheet, locale).render(out);
    }

    private void render(OutputStream out) {
        try (PDDocument pdf = new PDDocument()) {
            document = pdf;
            regular = PdfFonts.regular(pdf);
            bold = PdfFonts.bold(pdf);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(text("signIn.title") + " – " + sheet.trainingClass().getTitle());
            info.setAuthor(sheet.trainingClass().getUnit().getName());
            info.setSubject(sheet.trainingClass().getCourse().getSlug());
            if (sheet.sessions().isEmpty()) {
                session(null);
            }
            for (ClassSession session : sheet.sessions()) {
                session(session);
            }
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void session(ClassSession session) throws IOException {
        List<ClassSheet.Row> rows = sheet.rows();
        int index = 0;
        do {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = header(content, page, session);
                y = tableRow(content, y, bold, List.of(text("signIn.number"), text("signIn.name"), text("signIn.birthYear"),
                        text("signIn.unit"), text("signIn.signature")));
                while (index < rows.size() && y - ROW > MARGIN + ROW) {
                    Account person = rows.get(index).member().getAccount();
                    y = tableRow(content, y, regular, List.of(String.valueOf(index + 1), person.getFullName(),
                            person.getBirthYear() == null ? "" : person.getBirthYear().toString(),
                            person.getUnit() == null ? "" : person.getUnit().getName(), ""));
                    index++;
                }
                if (index >= rows.size()) {
                    show(content, regular, BODY_SIZE, MARGIN, y - ROW, text("signIn.total", rows.size()));
                }
            }
        } while (index < rows.size());
    }

    private float header(PDPageContentStream content, PDPage page, ClassSession session) throws IOException {
        float width = page.getMediaBox().getWidth();
        float top = page.getMediaBox().getHeight() - MARGIN;
        show(content, bold, 10, MARGIN, top, fit(sheet.trainingClass().getUnit().getName().toUpperCase(locale), bold, 10, 250));
        String union = "ĐOÀN TNCS HỒ CHÍ MINH";
        show(content, bold, 10, width - MARGIN - bold.getStringWidth(union) / 1000 * 10, top, union);
        centered(content, bold, 15, width, top - 45, text("signIn.title"));
        centered(content, regular, 11, width, top - 65, fit(sheet.trainingClass().getTitle(), regular, 11, width - 2 * MARGIN));
        String when = session == null ? "" : text("signIn.session", Dates.format(session.getStartsAt()),
                Dates.format(session.getEndsAt()).substring(11));
        String where = sheet.trainingClass().getLocation() == null ? "" : text("signIn.place", sheet.trainingClass().getLocation());
        centered(content, regular, 10, width, top - 82, fit((when + "   " + where).strip(), regular, 10, width - 2 * MARGIN));
        return top - 100;
    }

    private float tableRow(PDPageContentStream content, float y, PDFont font, List<String> cells) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < WIDTHS.length; i++) {
            content.addRect(x, y - ROW, WIDTHS[i], ROW);
            content.stroke();
            // a long name gets smaller type rather than cut, down to what still prints legibly
            float size = Math.max(MIN_SIZE, TextFit.size(font, cells.get(i), BODY_SIZE, WIDTHS[i] - 6));
            show(content, font, size, x + 3, y - ROW + 9, fit(cells.get(i), font, size, WIDTHS[i] - 6));
            x += WIDTHS[i];
        }
        return y - ROW;
    }

    /** The text as it fits the width, with "…" when it had to be cut. */
    private static String fit(String text, PDFont font, float size, float width) throws IOException {
        return TextFit.cut(font, text, size, width, "…");
    }

    private static void centered(PDPageContentStream content, PDFont font, float size, float pageWidth, float y, String text)
            throws IOException {
        show(content, font, size, (pageWidth - font.getStringWidth(text) / 1000 * size) / 2, y, text);
    }

    private static void show(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
