package vn.hocso.quizzes.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.platform.api.RequestLanguage;
import vn.hocso.quizzes.model.QuizAttempt;
import vn.hocso.quizzes.service.AttemptService;
import vn.hocso.quizzes.service.QuestionBankService;
import vn.hocso.quizzes.service.QuizInfo;
import vn.hocso.quizzes.service.QuizResults;
import vn.hocso.quizzes.service.QuizResultsService;

@Path("/quizzes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class QuizResource {

    @Inject
    private AttemptService attempts;
    @Inject
    private QuestionBankService bank;
    @Inject
    private QuizResultsService results;
    @Inject
    private Actor actor;
    @Inject
    private Clock clock;
    @Inject
    private RequestLanguage language;

    @GET
    @Path("/{id}")
    @Operation(summary = "A quiz's rules with the caller's attempts and grade")
    public QuizInfo get(@PathParam("id") long id) {
        return attempts.overview(actor, id, language.locale());
    }

    @POST
    @Path("/{id}/attempts")
    @Operation(summary = "Start an attempt (201), or resume the caller's attempt in progress (200); "
            + "questions and deadline are fixed by the server, and no answer or fraction is sent")
    public Response start(@PathParam("id") long id) {
        Instant asked = clock.instant();
        QuizAttempt attempt = attempts.start(actor, id);
        boolean resumed = attempt.getStartedAt().isBefore(asked);
        return Response.status(resumed ? Response.Status.OK : Response.Status.CREATED)
                .entity(AttemptDtos.AttemptView.of(attempt, language.locale(), clock.instant())).build();
    }

    @GET
    @Path("/{id}/results")
    @Operation(summary = "Trainers and organizers: the attempts of the learners they follow (or of one class's learners, "
            + "class=id) and each question's facility and discrimination indexes")
    public QuizResults results(@PathParam("id") long id, @QueryParam("class") Long classId) {
        return classId == null ? results.results(actor, id, language.locale())
                : results.results(actor, id, classId, language.locale());
    }

    @GET
    @Path("/{id}/questions.gift")
    @Produces("text/plain; charset=UTF-8")
    @Operation(summary = "Trainers: the quiz's question bank as a GIFT file (Moodle reads it back unchanged)")
    public Response export(@PathParam("id") long id) {
        return Response.ok(bank.export(actor, id))
                .header("Content-Disposition", "attachment; filename=\"quiz-" + id + ".gift\"").build();
    }

}
