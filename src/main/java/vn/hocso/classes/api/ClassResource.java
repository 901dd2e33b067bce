package vn.hocso.classes.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Gender;
import vn.hocso.classes.core.AgeGroup;
import vn.hocso.classes.core.ClassDetails;
import vn.hocso.classes.core.SessionPlan;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.classes.service.AttendanceWorkbook;
import vn.hocso.classes.service.ClassService;
import vn.hocso.classes.service.ClassSheet;
import vn.hocso.classes.service.ClassSheets;
import vn.hocso.classes.service.OutreachService;
import vn.hocso.classes.service.RosterService;
import vn.hocso.classes.service.SignInSheetPdf;
import vn.hocso.platform.api.RequestLanguage;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.i18n.Dates;

@Path("/classes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ClassResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private ClassService classes;
    @Inject
    private RosterService rosters;
    @Inject
    private ClassSheets sheets;
    @Inject
    private OutreachService outreach;
    @Inject
    private Actor actor;
    @Inject
    private RequestLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organizers and trainers: a new class of a course for a unit of theirs")
    public Response create(ClassDtos.ClassForm form) {
        TrainingClass created = classes.create(actor, details(form), form.courseSlug(), form.unitCode());
        return Response.status(Response.Status.CREATED).entity(view(created.getId())).build();
    }

    @GET
    @Operation(summary = "Classes the caller runs or oversees in a unit's subtree (unit code), in a year")
    public List<ClassDtos.ClassSummary> list(@QueryParam("unit") String unit, @QueryParam("year") Integer year) {
        return classes.list(actor, unit, year).stream().map(ClassDtos.ClassSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The class with its trainers, roster and sessions")
    public ClassDtos.ClassView get(@PathParam("id") long id) {
        return view(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the class's details")
    public ClassDtos.ClassView update(@PathParam("id") long id, ClassDtos.ClassForm form) {
        classes.update(actor, id, details(form), form.unitCode() == null ? classes.get(actor, id).getUnit().getCode() : form.unitCode());
        return view(id);
    }

    /** Sessions to add: one day, or the same hours on some weekdays for a number of weeks. */
    public record SessionsForm(String firstDay, String startTime, String endTime, Set<DayOfWeek> days, Integer weeks) {
    }

    @POST
    @Path("/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add sessions: firstDay yyyy-MM-dd, startTime and endTime HH:mm (Vietnam), days MONDAY…, weeks")
    public Response addSessions(@PathParam("id") long id, SessionsForm form) {
        if (form == null) {
            throw DomainException.invalid("firstDay", "field.required");
        }
        SessionPlan plan = new SessionPlan(Dates.date("firstDay", form.firstDay()), Dates.time("startTime", form.startTime()),
                Dates.time("endTime", form.endTime()), form.days(), form.weeks() == null ? 1 : form.weeks());
        return Response.status(Response.Status.CREATED)
                .entity(classes.addSessions(actor, id, plan).stream().map(ClassDtos.Session::of).toList()).build();
    }

    public record NewMember(String username) {
    }

    @POST
    @Path("/{id}/roster")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add someone with an account (phone number or e-mail) to the roster")
    public Response addMember(@PathParam("id") long id, NewMember body) {
        rosters.add(actor, id, body == null ? null : body.username());
        return Response.status(Response.Status.CREATED).entity(view(id)).build();
    }

    @DELETE
    @Path("/{id}/roster/{username}")
    @Operation(summary = "Take someone off the roster (their attendance stays on record)")
    public ClassDtos.ClassView removeMember(@PathParam("id") long id, @PathParam("username") String username) {
        rosters.remove(actor, id, username);
        return view(id);
    }

    @POST
    @Path("/{id}/roster/import")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "A roster file (CSV or XLSX; name = its file name, for messages): commit=false previews every line; commit=true imports the valid "
            + "lines in one transaction (all or nothing)")
    public ClassDtos.RosterImport importRoster(@PathParam("id") long id, @QueryParam("commit") boolean commit,
                                               @QueryParam("name") String name, byte[] file) {
        String fileName = name == null || name.isBlank() ? "roster" : name.strip();
        if (commit) {
            return ClassDtos.RosterImport.committed(rosters.commit(actor, id, fileName, file), language.locale());
        }
        return ClassDtos.RosterImport.preview(rosters.preview(actor, id, fileName, file), language.locale());
    }

    public record JoinForm(String key) {
    }

    @POST
    @Path("/join")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Learners: join a class with its enrolment key")
    public ClassDtos.ClassSummary join(JoinForm body) {
        return ClassDtos.ClassSummary.of(rosters.join(actor, body == null ? null : body.key()).getTrainingClass());
    }

    /** One cell of an outreach event's head count. */
    public record HeadCountCell(Gender gender, AgeGroup ageGroup, int people) {
    }

    @GET
    @Path("/{id}/head-counts")
    @Operation(summary = "An outreach event's head counts by gender and age group")
    public List<HeadCountCell> headCounts(@PathParam("id") long id) {
        return cells(outreach.counts(actor, id));
    }

    @PUT
    @Path("/{id}/head-counts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an outreach event's head counts: [{gender, ageGroup: UNDER_16|FROM_16_TO_30|OVER_30, people}]")
    public List<HeadCountCell> recordHeadCounts(@PathParam("id") long id, List<HeadCountCell> cells) {
        Map<Gender, Map<AgeGroup, Integer>> people = new EnumMap<>(Gender.class);
        for (HeadCountCell cell : cells == null ? List.<HeadCountCell>of() : cells) {
            if (cell.gender() == null || cell.ageGroup() == null) {
                throw DomainException.invalid("gender", "field.required");
            }
            people.computeIfAbsent(cell.gender(), g -> new EnumMap<>(AgeGroup.class)).put(cell.ageGroup(), cell.people());
        }
        return cells(outreach.record(actor, id, new OutreachService.HeadCount(people)));
    }

    private static List<HeadCountCell> cells(OutreachService.HeadCount counts) {
        List<HeadCountCell> cells = new ArrayList<>();
        for (Gender gender : Gender.values()) {
            for (AgeGroup group : AgeGroup.values()) {
                cells.add(new HeadCountCell(gender, group, counts.get(gender, group)));
            }
        }
        return cells;
    }

    @GET
    @Path("/{id}/sheet")
    @Operation(summary = "Attendance rates per session and per learner, with the learners at risk")
    public ClassDtos.SheetView sheet(@PathParam("id") long id) {
        return ClassDtos.SheetView.of(sheets.sheet(actor, id));
    }

    @GET
    @Path("/{id}/attendance.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The attendance sheet as an Excel workbook")
    public Response workbook(@PathParam("id") long id) {
        ClassSheet sheet = sheets.sheet(actor, id);
        StreamingOutput body = out -> AttendanceWorkbook.write(sheet, language.locale(), out);
        return download(body, XLSX, "diem-danh-lop-" + id + ".xlsx");
    }

    @GET
    @Path("/{id}/attendance.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The printable sign-in sheet (danh sách điểm danh), one page per session")
    public Response signInSheet(@PathParam("id") long id) {
        ClassSheet sheet = sheets.sheet(actor, id);
        StreamingOutput body = out -> SignInSheetPdf.write(sheet, language.locale(), out);
        return download(body, "application/pdf", "danh-sach-diem-danh-lop-" + id + ".pdf");
    }

    private static Response download(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private ClassDtos.ClassView view(long id) {
        return ClassDtos.ClassView.of(classes.get(actor, id), classes.roster(actor, id));
    }

    private static ClassDetails details(ClassDtos.ClassForm form) {
        if (form == null) {
            throw DomainException.invalid("title", "field.required");
        }
        return new ClassDetails(form.title(), form.kind(), form.mode(), form.location(), form.capacity(),
                Dates.date("startDate", form.startDate()), Dates.date("endDate", form.endDate()),
                form.attendanceThresholdPercent() == null ? ClassDetails.DEFAULT_THRESHOLD : form.attendanceThresholdPercent(),
                form.points());
    }


}
