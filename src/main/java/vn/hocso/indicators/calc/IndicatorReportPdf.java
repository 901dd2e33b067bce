package vn.hocso.indicators.calc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.i18n.Messages;
import vn.hocso.platform.pdf.PageFlow;
import vn.hocso.platform.pdf.PdfFonts;
import vn.hocso.platform.pdf.TextFit;
import vn.hocso.platform.pdf.TextWrap;

/**
 * The indicator report as a printed Youth Union document (báo cáo), A4 landscape: the
 * issuing body and number on the left, the Union and the place and date on the right, the
 * title and scope, the tables (see {@link IndicatorReportTables}), the signer, and page
 * numbers. Tables run on over as many pages as they need.
 */
public final class IndicatorReportPdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    /** Half the width of the blocks in the top corners, which centre their lines as the Union's documents do. */
    private static final float CORNER = 150;
    private static final float SIZE = 11;
    private static final float SMALLEST = 7;
    private static final float SIGNATURE_HEIGHT = 96;

    private final Dashboard dashboard;
    private final ReportHeading heading;
    private final Locale locale;
    private PageFlow flow;
    private PDFont regular;
    private PDFont bold;

    private IndicatorReportPdf(Dashboard dashboard, ReportHeading heading, Locale locale) {
        this.dashboard = dashboard;
        this.heading = heading;
        this.locale = locale;
    }

    public static void write(Dashboard dashboard, ReportHeading heading, Locale locale, OutputStream out) {
        new IndicatorReportPdf(dashboard, heading, Messages.supported(locale)).render(out);
    }

    private void render(OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            regular = PdfFonts.regular(document);
            bold = PdfFonts.bold(document);
            describe(document.getDocumentInformation());
            try (PageFlow pages = new PageFlow(document, PAGE, MARGIN)) {
                flow = pages;
                top();
                for (IndicatorReportTables.Titled table : new IndicatorReportTables(dashboard, locale, regular, bold,
                        flow.right() - flow.left()).all()) {
                    table(table);
                }
                signature();
            }
            PageFlow.numberPages(document, regular, 8, MARGIN / 2,
                    (page, total) -> text("indicators.report.page", String.valueOf(page), String.valueOf(total)));
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void describe(PDDocumentInformation info) {
        info.setTitle(text("indicators.report.subtitle") + " – " + dashboard.unit().name());
        info.setAuthor(blank(heading.issuer()));
        info.setSubject(scope());
        info.setCreator("HọcSố");
    }

    private void top() throws IOException {
        float top = flow.top();
        float left = flow.left() + CORNER;
        float right = flow.right() - CORNER;
        corner(bold, left, top - SIZE, blank(heading.issuer()).toUpperCase(locale));
        flow.centred(regular, SIZE, left, top - SIZE - 15, "***");
        corner(regular, left, top - SIZE - 31, text("indicators.report.number"));
        String union = text("indicators.report.header");
        corner(bold, right, top - SIZE, union);
        underline(right, top - SIZE - 3.5f, Math.min(2 * CORNER, TextFit.width(bold, union, SIZE)));
        if (heading.date() != null) {
            String placeDate = placeDate(heading.date());
            float size = Math.max(SMALLEST, TextFit.size(regular, placeDate, SIZE, 2 * CORNER));
            flow.slanted(regular, size, right - TextFit.width(regular, placeDate, size) / 2, top - SIZE - 31, placeDate);
        }
        float y = top - 72;
        flow.centred(bold, 15, flow.centre(), y, text("indicators.report.title"));
        y -= 20;
        for (String line : TextWrap.lines(bold, text("indicators.report.subtitle"), 12, 620, 3)) {
            flow.centred(bold, 12, flow.centre(), y, line);
            y -= 15;
        }
        for (String line : TextWrap.lines(regular, scope(), SIZE, flow.right() - flow.left(), 2)) {
            flow.centred(regular, SIZE, flow.centre(), y, line);
            y -= 14;
        }
        flow.down(flow.top() - y);
    }

    /** A line of a top corner block: smaller type for a long name, never wider than the block. */
    private void corner(PDFont font, float centre, float baseline, String text) throws IOException {
        float size = Math.max(SMALLEST, TextFit.size(font, text, SIZE, 2 * CORNER));
        flow.centred(font, size, centre, baseline, TextFit.cut(font, text, size, 2 * CORNER, "…"));
    }

    private void underline(float centre, float y, float width) throws IOException {
        PDPageContentStream content = flow.content();
        content.setLineWidth(0.6f);
        content.moveTo(centre - width / 2, y);
        content.lineTo(centre + width / 2, y);
        content.stroke();
    }

    private void table(IndicatorReportTables.Titled table) throws IOException {
        if (table.title() == null) {
            flow.down(10);
        } else {
            // the title goes to the next page with the table's first rows rather than alone at the foot of a page
            flow.keep(24 + table.table().openingHeight(table.rows()));
            flow.show(bold, SIZE, flow.left(), flow.y() - 16, table.title());
            flow.down(22);
        }
        table.table().draw(flow, table.rows());
    }

    private void signature() throws IOException {
        flow.keep(SIGNATURE_HEIGHT);
        float centre = flow.right() - CORNER;
        float y = flow.y() - 18;
        flow.slanted(regular, 8, flow.left(), y, text("indicators.report.generated", Dates.format(dashboard.asOf())));
        corner(bold, centre, y, blank(heading.onBehalfOf()));
        corner(bold, centre, y - 15, blank(heading.signerTitle()));
        // room for the signature and the seal
        corner(bold, centre, y - 70, blank(heading.signerName()));
        flow.down(SIGNATURE_HEIGHT);
    }

    private String placeDate(LocalDate date) {
        return text("indicators.report.placeDate", blank(heading.place()), String.format("%02d", date.getDayOfMonth()),
                String.format("%02d", date.getMonthValue()), String.valueOf(date.getYear()));
    }

    private String scope() {
        return text("indicators.report.scope", dashboard.unit().name(), Dates.format(dashboard.period().from()),
                Dates.format(dashboard.period().to()));
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
