package vn.hocso.platform.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Content that runs down the pages of a document: a cursor from the top margin to the
 * bottom one, and a new page when the next block does not fit. Writers ask before each
 * block ({@link #keep}) instead of counting rows per page, so wrapped rows of any height
 * never run off the page.
 */
public final class PageFlow implements Closeable {

    /** How far a slanted line leans: DejaVu ships no oblique face, and this reads as italic. */
    private static final float SLANT = 0.2f;
    /** Room kept below the bottom margin for the page numbers. */
    private static final float FOOTER = 14;

    private final PDDocument document;
    private final PDRectangle size;
    private final float margin;
    private PDPageContentStream content;
    private float y;

    public PageFlow(PDDocument document, PDRectangle size, float margin) {
        this.document = document;
        this.size = size;
        this.margin = margin;
    }

    public PDPageContentStream content() throws IOException {
        if (content == null) {
            newPage();
        }
        return content;
    }

    public void newPage() throws IOException {
        close();
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = top();
    }

    /** Starts a new page unless a block of this height still fits on this one. */
    public void keep(float height) throws IOException {
        if (content == null || y - height < bottom()) {
            newPage();
        }
    }

    public boolean fits(float height) {
        return y - height >= bottom();
    }

    public float y() {
        return y;
    }

    public void down(float by) {
        y -= by;
    }

    public float left() {
        return margin;
    }

    public float right() {
        return size.getWidth() - margin;
    }

    public float top() {
        return size.getHeight() - margin;
    }

    public float bottom() {
        return margin + FOOTER;
    }

    public float centre() {
        return size.getWidth() / 2;
    }

    public void show(PDFont font, float fontSize, float x, float baseline, String text) throws IOException {
        write(font, new Matrix(fontSize, 0, 0, fontSize, x, baseline), text);
    }

    public void slanted(PDFont font, float fontSize, float x, float baseline, String text) throws IOException {
        write(font, new Matrix(fontSize, 0, fontSize * SLANT, fontSize, x, baseline), text);
    }

    public void centred(PDFont font, float fontSize, float centre, float baseline, String text) throws IOException {
        show(font, fontSize, centre - TextFit.width(font, text, fontSize) / 2, baseline, text);
    }

    private void write(PDFont font, Matrix matrix, String text) throws IOException {
        PDPageContentStream page = content();
        page.beginText();
        page.setFont(font, 1);
        page.setTextMatrix(matrix);
        page.showText(text);
        page.endText();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** Writes "page of pages" centred at the foot of every page, once the total is known. */
    public static void numberPages(PDDocument document, PDFont font, float fontSize, float baseline,
                                   BiFunction<Integer, Integer, String> label) throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                String text = label.apply(i + 1, total);
                float x = (page.getMediaBox().getWidth() - TextFit.width(font, text, fontSize)) / 2;
                foot.beginText();
                foot.setFont(font, fontSize);
                foot.newLineAtOffset(x, baseline);
                foot.showText(text);
                foot.endText();
            }
        }
    }
}
