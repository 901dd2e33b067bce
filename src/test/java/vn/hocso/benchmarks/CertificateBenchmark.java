package vn.hocso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import vn.hocso.certificates.core.CertificateContent;
import vn.hocso.certificates.core.CertificatePdf;
import vn.hocso.certificates.core.VerificationCode;
import vn.hocso.platform.files.ContentHash;
import vn.hocso.platform.pdf.PdfFonts;

/**
 * Certificates rendered (PDF with the embedded Vietnamese font set and QR code, then hashed as an
 * issue stores them), against a minimal one-page PDF with the same embedded font, in the
 * same run, in rounds that take turns: single-threaded and on every core, with the heap's high-water mark.
 */
class CertificateBenchmark {

    private static final int COUNT = Integer.getInteger("hocso.bench.certificates", 5_000);
    private static final int WARM_UP = 1_000;
    private static final int ROUNDS = 5;
    private static final String[] NAMES = {"Nguyễn Thị Hồng Nhung", "Đặng Văn Ưng", "Trương Thị Mỹ Hạnh", "Lê Quang Vũ",
        "Công Tằng Tôn Nữ Thị Hoàng Phương Thảo"};

    @Test
    void fiveThousandCertificatesCostAtMostTwiceAMinimalPdfWithTheSameFontAndTheHeapStaysFlat() throws Exception {
        IntFunction<byte[]> certificate = i -> {
            byte[] pdf = CertificatePdf.render(content(i));
            ContentHash.of(pdf);
            return pdf;
        };
        IntFunction<byte[]> minimal = i -> minimalPdf(i, document -> PdfFonts.covering(document, NAMES[i % NAMES.length]));
        IntFunction<byte[]> minimalSubset = i -> minimalPdf(i, PdfFonts::regular);
        alternated(1, WARM_UP, minimal, minimalSubset, certificate);

        long before = heapAfterGc();
        resetPeaks();
        double[] single = alternated(1, COUNT, minimal, certificate, minimalSubset);
        double minimalSingle = single[0];
        double certificateSingle = single[1];
        double minimalSubsetSingle = single[2];
        long afterSingle = heapAfterGc();
        int cores = Runtime.getRuntime().availableProcessors();
        double[] all = alternated(cores, COUNT, minimal, certificate);
        double minimalAll = all[0];
        double certificateAll = all[1];
        long peak = heapPeak();
        long after = heapAfterGc();
        double ratio = (1 / certificateSingle) / (1 / minimalSingle);

        String report = """
                === Certificate benchmark: %d certificates, %d cores ===
                certificates single-threaded: %.0f /s   on %d threads: %.0f /s
                minimal one-page PDF with the same embedded font (the Vietnamese set): %.0f /s   on %d threads: %.0f /s
                for comparison, the minimal PDF with a per-document subset of the whole font: %.0f /s
                ratio certificate time / minimal time: %.2f   target <= 2: %s
                heap in use after a GC: %d MB before, %d MB after the single-threaded runs, %d MB at the end (flat: nothing kept)
                heap high-water mark (the collector's own pace, max heap %d MB): %d MB
                """.formatted(COUNT, cores, certificateSingle, cores, certificateAll, minimalSingle, cores, minimalAll, minimalSubsetSingle, ratio,
                ratio <= 2 ? "met" : "NOT met", before >> 20, afterSingle >> 20, after >> 20,
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("hocso.target", "target"), "certificate-benchmark.txt"), report);
        assertThat(after - before).as("certificates rendered keep nothing").isLessThan(64L << 20);
    }

    private static CertificateContent content(int i) {
        String code = VerificationCode.generate();
        return new CertificateContent("HUYỆN ĐOÀN NINH PHƯỚC", (i + 1) + "/GCN-HĐNP", NAMES[i % NAMES.length], 1990 + i % 20,
                "Đã hoàn thành khóa học", "An toàn trên không gian mạng", new BigDecimal("2.5"), LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 2, 4), "Đạt", "Ninh Phước", LocalDate.of(2026, 2, 5), "TM. BAN THƯỜNG VỤ", "BÍ THƯ",
                "Trần Minh Quân", code, "https://hocso.example.vn/verify/" + code);
    }

    /** One page, one line, a font embedded as {@code font} embeds it: what any PDF with Vietnamese text costs. */
    private static byte[] minimalPdf(int i, Function<PDDocument, PDType0Font> font) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font embedded = font.apply(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(embedded, 12);
                content.newLineAtOffset(50, 700);
                content.showText(NAMES[i % NAMES.length]);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Documents per second of each renderer, {@code count} documents each, on {@code threads}
     * threads: in rounds that take turns, so the JIT's and the machine's moods hit all alike.
     */
    @SafeVarargs
    private static double[] alternated(int threads, int count, IntFunction<byte[]>... renders) throws Exception {
        long[] nanos = new long[renders.length];
        for (int round = 0; round < ROUNDS; round++) {
            for (int r = 0; r < renders.length; r++) {
                nanos[r] += run(renders[r], count / ROUNDS, threads);
            }
        }
        double[] rates = new double[renders.length];
        for (int r = 0; r < renders.length; r++) {
            rates[r] = count / (nanos[r] / 1e9);
        }
        return rates;
    }

    /** Nanoseconds to render {@code count} documents on {@code threads} threads. */
    private static long run(IntFunction<byte[]> render, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts.add(pool.submit(() -> {
                for (int i = first; i < count; i += threads) {
                    render.apply(i);
                }
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
        pool.shutdown();
        return System.nanoTime() - start;
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
