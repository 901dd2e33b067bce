package vn.hocso.quizzes.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.platform.api.RequestLanguage;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.quizzes.core.ContestRanking;
import vn.hocso.quizzes.model.Contest;
import vn.hocso.quizzes.model.ContestEntry;
import vn.hocso.quizzes.service.ContestService;
import vn.hocso.quizzes.service.FreshPapers;

@Path("/contests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ContestResource {

    @Inject
    private ContestService contests;
    @Inject
    private FreshPapers papers;
    @Inject
    private Clock clock;
    @Inject
    private RequestLanguage language;
    @Inject
    private Actor actor;

    /** A new contest: startsAt as ISO-8601 with its offset, e.g. 2026-12-05T08:00:00+07:00. */
    public record NewContest(String title, Long quizId, String unitCode, String startsAt, Integer durationMinutes) {
    }

    /** A contestant's registration: the attempt that opens at the start. */
    public record Entry(long contestId, long attemptId, Instant startsAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organizers: plan a contest for a unit of theirs")
    public Response create(NewContest body) {
        if (body == null) {
            throw DomainException.invalid("title", "field.required");
        }
        Contest contest = contests.create(actor, body.title(), body.quizId() == null ? -1 : body.quizId(), body.unitCode(),
                instant(body.startsAt()), body.durationMinutes());
        return Response.status(Response.Status.CREATED).entity(contests.info(contest.getId())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A contest as anyone may see it (served from memory)")
    public ContestService.ContestInfo get(@PathParam("id") long id) {
        return contests.info(id);
    }

    /** A new start for a contest that has not started. */
    public record NewStart(String startsAt) {
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organizers: move a contest's start (before it starts); registered papers move with it")
    public ContestService.ContestInfo reschedule(@PathParam("id") long id, NewStart body) {
        contests.reschedule(actor, id, instant(body == null ? null : body.startsAt()));
        return contests.info(id);
    }

    @POST
    @Path("/{id}/entries")
    @Operation(summary = "Register the caller; their attempt is made now and opens at the start (again: the same entry)")
    public Response register(@PathParam("id") long id) {
        ContestEntry entry = contests.register(actor, id);
        papers.find(actor, entry.getAttempt().getId(), clock.instant())
                .ifPresent(paper -> AttemptDtos.AttemptView.prepare(paper, language.locale()));
        return Response.status(Response.Status.CREATED)
                .entity(new Entry(id, entry.getAttempt().getId(), entry.getContest().getStartsAt())).build();
    }

    @GET
    @Path("/{id}/ranking")
    @Operation(summary = "Organizers: the ranking (score, then time taken), optionally within one unit's subtree")
    public List<ContestRanking.Row> ranking(@PathParam("id") long id, @QueryParam("unit") String unit) {
        return contests.ranking(actor, id, unit);
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("startsAt", "contest.startInvalid");
        }
    }
}
