package vn.hocso.indicators.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.indicators.calc.AttendanceStatistics;
import vn.hocso.indicators.calc.AttendanceStatisticsFiles;
import vn.hocso.indicators.calc.Breakdown;
import vn.hocso.indicators.calc.Dashboard;
import vn.hocso.indicators.calc.IndicatorReportPdf;
import vn.hocso.indicators.calc.IndicatorWorkbook;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.calc.ReportHeading;
import vn.hocso.indicators.calc.ReportedSource;
import vn.hocso.indicators.service.AttendanceQueries;
import vn.hocso.indicators.service.IndicatorReports;
import vn.hocso.indicators.service.IndicatorService;
import vn.hocso.platform.api.RequestLanguage;

/**
 * The files organizers send up the hierarchy. Everything is read before the response
 * starts, so a refusal or bad input is a clean error, never half a file.
 */
@Path("/reports")
@RequestScoped
@SecurityRequirement(name = "basic")
public class ReportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private IndicatorService indicators;
    @Inject
    private IndicatorReports reports;
    @Inject
    private AttendanceQueries attendance;
    @Inject
    private Actor actor;
    @Inject
    private RequestLanguage language;

    @GET
    @Path("/indicators.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The indicator report of a unit and period as a workbook, one sheet per section")
    public Response indicatorWorkbook(@BeanParam ReportScope scope) {
        Period chosen = scope.period(indicators);
        String unit = scope.unit();
        Dashboard dashboard = indicators.dashboard(actor, unit, chosen);
        List<Breakdown> groups = reports.groups(actor, unit, chosen);
        List<ReportedSource> sources = reports.sources(actor, unit, chosen);
        Locale locale = language.locale();
        StreamingOutput body = out -> IndicatorWorkbook.write(dashboard, groups, sources, reports.minCell(), locale, out);
        return download(body, XLSX, fileName("chi-tieu", unit, chosen) + ".xlsx");
    }

    @GET
    @Path("/indicators.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The indicator report of a unit and period as a PDF with the Youth Union header")
    public Response indicatorPdf(@BeanParam ReportScope scope) {
        Period chosen = scope.period(indicators);
        String unit = scope.unit();
        Dashboard dashboard = indicators.dashboard(actor, unit, chosen);
        ReportHeading heading = reports.heading(actor, dashboard);
        Locale locale = language.locale();
        StreamingOutput body = out -> IndicatorReportPdf.write(dashboard, heading, locale, out);
        return download(body, "application/pdf", fileName("bao-cao-chi-tieu", unit, chosen) + ".pdf");
    }

    @GET
    @Path("/attendance.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Attendance statistics by session, class, unit, course category and group of learners")
    public Response attendanceWorkbook(@BeanParam ReportScope scope) {
        Period chosen = scope.period(indicators);
        String unit = scope.unit();
        AttendanceStatistics statistics = attendance.statistics(actor, unit, chosen);
        Locale locale = language.locale();
        StreamingOutput body = out -> AttendanceStatisticsFiles.xlsx(statistics, reports.minCell(), locale, out);
        return download(body, XLSX, fileName("thong-ke-diem-danh", unit, chosen) + ".xlsx");
    }

    @GET
    @Path("/attendance.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "Attendance statistics by session as CSV (UTF-8 with BOM)")
    public Response attendanceCsv(@BeanParam ReportScope scope) {
        Period chosen = scope.period(indicators);
        String unit = scope.unit();
        AttendanceStatistics statistics = attendance.statistics(actor, unit, chosen);
        Locale locale = language.locale();
        StreamingOutput body = out -> AttendanceStatisticsFiles.csv(statistics, reports.minCell(), locale, out);
        return download(body, "text/csv;charset=UTF-8", fileName("thong-ke-diem-danh", unit, chosen) + ".csv");
    }

    /** A stable name: what, which unit, which days ("chi-tieu-HD-NP-2025-12-15-2026-12-14"). */
    private static String fileName(String what, String unit, Period period) {
        return what + "-" + unit.replaceAll("[^A-Za-z0-9_-]", "") + "-" + period.from() + "-" + period.to();
    }

    private static Response download(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
