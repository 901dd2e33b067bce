package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.courses.content.Category;
import vn.hocso.courses.content.LocalizedText;
import vn.hocso.testsupport.Ink;

class IndicatorReportPdfTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);
    private static final UnitNode DISTRICT = new UnitNode("NP", "Huyện Đoàn Ninh Phước", UnitKind.DISTRICT_UNION, FOUNDED, null,
            null);
    private static final UnitNode PHUOC_HAU = new UnitNode("NP-PH", "Đoàn xã Phước Hậu", UnitKind.COMMUNE_UNION, FOUNDED, null,
            null);
    private static final UnitNode PHUOC_THUAN = new UnitNode("NP-PT", "Đoàn xã Phước Thuận", UnitKind.COMMUNE_UNION, FOUNDED,
            null, null);
    private static final Period HALF_YEAR = new Period(PeriodKind.JUNE_REPORT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    private static final ReportHeading HEADING = new ReportHeading("Huyện Đoàn Ninh Phước", "Ninh Phước", "TM. BAN THƯỜNG VỤ",
            "BÍ THƯ", "Nguyễn Văn Thành", LocalDate.of(2026, 7, 5));
    private static final String LONG_TITLE = "Lượt người được tuyên truyền, hỗ trợ kiến thức cơ bản về chuyển đổi số, kỹ năng số, "
            + "an toàn thông tin, thanh toán không dùng tiền mặt và dịch vụ công trực tuyến ở các thôn, khu phố, trường học "
            + "và cơ quan trên địa bàn huyện trong suốt kỳ báo cáo sáu tháng đầu năm";

    private static Indicator computed(String id, Section section, String title, String unit, Measure measure, Integer target) {
        return Indicator.computed(id, section, new LocalizedText(title, "EN " + title), new LocalizedText(unit, unit),
                target == null ? Map.of() : Map.of(2026, BigDecimal.valueOf(target)), UnitKind.DISTRICT_UNION, measure,
                Set.of(Category.DIGITAL_BASICS), null, false);
    }

    private static Indicator reported(String id, String title, String unit, Integer target) {
        return Indicator.reported(id, Section.PLAN, new LocalizedText(title, "EN " + title), new LocalizedText(unit, unit),
                target == null ? Map.of() : Map.of(2026, BigDecimal.valueOf(target)), null, RollUp.SUM);
    }

    private static Figure figure(String value, String target, Status status) {
        return new Figure(value == null ? null : new BigDecimal(value), target == null ? null : new BigDecimal(target), status);
    }

    /** The district's total split into its own records and its two communes. */
    private static Dashboard.Line split(Indicator indicator, Figure total, String own, String hau, String thuan) {
        return new Dashboard.Line(indicator, total, List.of(), List.of(
                new Dashboard.Part(DISTRICT, true, figure(own, null, Status.NO_TARGET)),
                new Dashboard.Part(PHUOC_HAU, false, figure(hau, null, Status.NO_TARGET)),
                new Dashboard.Part(PHUOC_THUAN, false, figure(thuan, null, Status.NO_TARGET))));
    }

    private static Dashboard dashboard() {
        return new Dashboard(DISTRICT, HALF_YEAR, LocalDate.of(2026, 7, 4), List.of(
                split(computed("S1", Section.PLAN, "Lượt người được tuyên truyền, hỗ trợ kiến thức chuyển đổi số", "lượt người",
                        Measure.PEOPLE_REACHED, 10000), figure("12500", "10000", Status.MET), "500", "7000", "5000"),
                split(computed("E2", Section.PLAN, "Thanh niên có sản phẩm OCOP được tập huấn kinh doanh trực tuyến", "%",
                        Measure.FLAGGED_SHARE_COMPLETED, 100), figure("85.5", "100", Status.BEHIND), null, "90", "81.25"),
                split(reported("S6", "Mô hình chuyển đổi số do các cấp bộ Đoàn triển khai", "mô hình", 1),
                        figure(null, "1", Status.NO_DATA), null, null, null),
                new Dashboard.Line(computed("A1", Section.ACTIVITY, "Số buổi sinh hoạt lớp học được tổ chức", "buổi",
                        Measure.SESSIONS, null), figure("10000", null, Status.NO_TARGET), List.of(), List.of())));
    }

    /** Forty indicators, one with a very long title, so the tables must run over several pages. */
    private static Dashboard longDashboard() {
        List<Dashboard.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            Section section = i <= 24 ? Section.PLAN : Section.ACTIVITY;
            String title = i == 3 ? LONG_TITLE : "Chỉ tiêu thử nghiệm số " + i + " về ứng dụng công nghệ số";
            Indicator indicator = computed("X" + i, section, title, "lượt", Measure.LEARNERS, 1000 * i);
            Figure total = figure(String.valueOf(900 * i), String.valueOf(1000 * i), Status.ON_TRACK);
            lines.add(section == Section.PLAN ? split(indicator, total, "0", String.valueOf(400 * i), String.valueOf(500 * i))
                    : new Dashboard.Line(indicator, total, List.of(), List.of()));
        }
        return new Dashboard(DISTRICT, HALF_YEAR, LocalDate.of(2026, 7, 4), lines);
    }

    private static byte[] pdf(Dashboard dashboard, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndicatorReportPdf.write(dashboard, HEADING, locale, out);
        return out.toByteArray();
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    @Test
    void printsTheHeadingEveryIndicatorAndTheCommunesCharacterForCharacter() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(dashboard(), VI))) {
            String text = new PDFTextStripper().getText(document);

            assertThat(text).contains("HUYỆN ĐOÀN NINH PHƯỚC", "***", "Số:", "-BC/ĐTN", "ĐOÀN TNCS HỒ CHÍ MINH",
                    "Ninh Phước, ngày 05 tháng 07 năm 2026", "BÁO CÁO",
                    "Huyện Đoàn Ninh Phước, từ ngày 01/01/2026 đến ngày 30/06/2026",
                    "I. Chỉ tiêu Kế hoạch 273", "II. Số liệu hoạt động", "III. Kết quả theo đơn vị trực thuộc",
                    "Lượt người được tuyên truyền, hỗ trợ kiến thức chuyển đổi số",
                    "Mô hình chuyển đổi số do các cấp bộ Đoàn triển khai", "Số buổi sinh hoạt lớp học được tổ chức",
                    "Tính từ hệ thống", "Đơn vị báo cáo", "lượt người",
                    "10.000", "12.500", "85,5", "81,3", "Đạt", "Chậm tiến độ", "Chưa có số liệu", "Không giao chỉ tiêu",
                    "Trực thuộc Huyện Đoàn Ninh Phước", "Đoàn xã Phước Hậu", "Đoàn xã Phước Thuận", "Tổng cộng",
                    "E2 (%)", "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Thành",
                    "Số liệu do HọcSố tổng hợp ngày 04/07/2026.", "Trang 1/");
            assertThat(text).as("progress only where there is a target and a value").contains("100", "85", "—");
        }
    }

    @Test
    void speaksEnglishWithEnglishNumbers() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(dashboard(), Locale.ENGLISH))) {
            assertThat(new PDFTextStripper().getText(document)).contains("REPORT", "HO CHI MINH COMMUNIST YOUTH UNION",
                    "EN Số buổi sinh hoạt lớp học được tổ chức", "10,000", "85.5", "Met", "Behind", "Directly under",
                    "Page 1 of ");
        }
    }

    @Test
    void aUnitWithoutIndicatorsAndASignerWithoutTitleStillGetsItsHeadingAndScope() throws IOException {
        Dashboard empty = new Dashboard(PHUOC_HAU, HALF_YEAR, LocalDate.of(2026, 7, 4), List.of());
        ReportHeading heading = new ReportHeading("BCH Đoàn xã Phước Hậu", "Phước Hậu", null, "BÍ THƯ", "Trần Thị Ngọc Ánh",
                LocalDate.of(2026, 7, 5));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndicatorReportPdf.write(empty, heading, VI, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("BCH ĐOÀN XÃ PHƯỚC HẬU", "BÁO CÁO",
                    "Đoàn xã Phước Hậu, từ ngày 01/01/2026", "BÍ THƯ", "Trần Thị Ngọc Ánh").doesNotContain("STT");
        }
    }

    @Test
    void carriesTitleAuthorAndSubjectAndEmbedsFontSubsets() throws IOException {
        byte[] pdf = pdf(dashboard(), VI);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Kết quả thực hiện các chỉ tiêu Kế hoạch 273")
                    .endsWith("Huyện Đoàn Ninh Phước");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Huyện Đoàn Ninh Phước");
            assertThat(document.getDocumentInformation().getSubject()).contains("01/01/2026", "30/06/2026");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty().allSatisfy(name ->
                    assertThat(document.getPage(0).getResources().getFont(name).getName()).matches("[A-Z]{6}\\+.*"));
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
        }
        assertThat(pdf.length).as("subset fonts keep it small").isLessThan(150_000);
    }

    @Test
    void manyIndicatorsRunOntoFurtherPagesEachStartingWithTheHeadingRow() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(longDashboard(), VI))) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String second = text(document, 2);
            assertThat(second).contains("STT", "Mã", "Đánh giá", "Trang 2/" + document.getNumberOfPages())
                    .doesNotContain("BÁO CÁO");
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("X40", "Chỉ tiêu thử nghiệm số 40 về ứng dụng công nghệ số", "36.000",
                    "III. Kết quả theo đơn vị trực thuộc", "X24", "Đoàn xã Phước Hậu", "Nguyễn Văn Thành");
            // the long title wraps inside its cell: its first words on one line, its last words on another
            assertThat(all).contains("Lượt người được tuyên truyền", "sáu tháng đầu năm");
        }
    }

    @Test
    void everyPageHasInkAndEveryCharacterStaysInsideThePage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(longDashboard(), VI))) {
            PDRectangle box = document.getPage(0).getMediaBox();
            List<TextPosition> positions = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    positions.add(text);
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
            assertThat(positions).isNotEmpty().allSatisfy(p -> {
                assertThat(p.getXDirAdj()).isBetween(0f, box.getWidth());
                assertThat(p.getXDirAdj() + p.getWidthDirAdj()).isLessThanOrEqualTo(box.getWidth());
                assertThat(p.getYDirAdj()).isBetween(0f, box.getHeight());
            });
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 50);
                assertThat(image.getWidth()).isGreaterThan(image.getHeight());
                assertThat(Ink.share(image)).as("ink on page %d", page + 1).isBetween(0.002, 0.5);
            }
        }
    }
}
