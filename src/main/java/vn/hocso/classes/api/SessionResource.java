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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.classes.core.AttendanceStatus;
import vn.hocso.classes.model.AttendanceChange;
import vn.hocso.classes.service.AttendanceService;
import vn.hocso.classes.service.CheckInScreen;
import vn.hocso.classes.service.ClassService;
import vn.hocso.platform.errors.DomainException;

/** Attendance of one session: trainers' marks (one at a time or a batch taken offline), walk-ins, self check-in. */
@Path("/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class SessionResource {

    @Inject
    private AttendanceService attendance;
    @Inject
    private CheckInScreen checkInScreen;
    @Inject
    private ClassService classes;
    @Inject
    private Actor actor;

    @PUT
    @Path("/{id}/attendance/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark one learner: {\"status\":\"PRESENT\"|\"LATE\"|\"EXCUSED\"|\"ABSENT\", \"remark\":…, "
            + "\"takenAt\":… (when the mark was taken, for marks sent later)}")
    public ClassDtos.MarkView mark(@PathParam("id") long id, @PathParam("username") String username, ClassDtos.Mark body) {
        if (body == null) {
            throw DomainException.invalid("status", "field.required");
        }
        return ClassDtos.MarkView.of(attendance.mark(actor, id, mark(username, body), AttendanceChange.Source.API));
    }

    public record Batch(List<ClassDtos.Mark> marks) {
    }

    @POST
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Marks taken offline, sent together; sending the same batch again changes nothing")
    public List<ClassDtos.MarkView> sync(@PathParam("id") long id, Batch batch) {
        List<AttendanceService.Mark> marks = batch == null || batch.marks() == null ? List.of()
                : batch.marks().stream().map(m -> mark(m.username(), m)).toList();
        return attendance.sync(actor, id, marks).stream().map(ClassDtos.MarkView::of).toList();
    }

    public record WalkIn(String fullName, String phone, Instant takenAt) {
    }

    @POST
    @Path("/{id}/walk-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Someone not on the roster came: add them (with an account if needed) and mark them present")
    public Response walkIn(@PathParam("id") long id, WalkIn body) {
        if (body == null) {
            throw DomainException.invalid("fullName", "field.required");
        }
        return Response.status(Response.Status.CREATED).entity(ClassDtos.MarkView.of(
                attendance.walkIn(actor, id, body.fullName(), body.phone(), body.takenAt()))).build();
    }

    public record CheckIn(String code) {
    }

    @POST
    @Path("/{id}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Learners: check in with the code on the trainer's screen")
    public ClassDtos.MarkView checkIn(@PathParam("id") long id, CheckIn body) {
        return ClassDtos.MarkView.of(attendance.checkIn(actor, id, body == null ? null : body.code()));
    }

    public record Code(String code, String url, Instant changesAt, boolean running) {
    }

    @GET
    @Path("/{id}/check-in-code")
    @Operation(summary = "Trainers: the check-in code to show now, the page it opens, and when it changes")
    public Code code(@PathParam("id") long id) {
        CheckInScreen.Shown shown = checkInScreen.now(actor, id);
        return new Code(shown.code(), shown.path(), shown.changesAt(), shown.running());
    }

    public record Change(Instant at, String actor, String source, String username, String before, String after,
                         String beforeRemark, String afterRemark) {
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every change to the session's attendance: who, when, before and after")
    public List<Change> history(@PathParam("id") long id) {
        return attendance.history(actor, id).stream().map(c -> new Change(c.getAt(), c.getActor(), c.getSource().name(),
                c.getAccount().getUsername(), c.getBeforeStatus() == null ? null : c.getBeforeStatus().name(),
                c.getAfterStatus().name(), c.getBeforeRemark(), c.getAfterRemark())).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a session without attendance")
    public Response remove(@PathParam("id") long id) {
        classes.removeSession(actor, id);
        return Response.noContent().build();
    }

    private static AttendanceService.Mark mark(String username, ClassDtos.Mark body) {
        return new AttendanceService.Mark(username, status(body.status()), body.remark(), body.takenAt());
    }

    private static AttendanceStatus status(String value) {
        try {
            return AttendanceStatus.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("status", "attendance.badStatus", value);
        }
    }
}
