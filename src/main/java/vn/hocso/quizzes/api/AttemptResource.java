package vn.hocso.quizzes.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.platform.api.RequestLanguage;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.quizzes.model.QuizAttempt;
import vn.hocso.quizzes.service.AttemptService;
import vn.hocso.quizzes.service.FreshPapers;

/** A learner's own attempts; anybody else's answer 404. */
@Path("/attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AttemptResource {

    @Inject
    private AttemptService attempts;
    @Inject
    private FreshPapers papers;
    @Inject
    private Actor actor;
    @Inject
    private Clock clock;
    @Inject
    private RequestLanguage language;

    @GET
    @Path("/{attemptId}")
    @Operation(summary = "The attempt: questions, saved answers, and once submitted the result and, when the quiz allows, the review")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AttemptDtos.AttemptView.class)))
    public Response get(@PathParam("attemptId") long attemptId) {
        Instant now = clock.instant();
        // a contest's start: everybody opens an unanswered paper at once, served from memory
        return papers.find(actor, attemptId, now)
                .map(paper -> Response.ok(AttemptDtos.AttemptView.fresh(paper, language.locale(), now), MediaType.APPLICATION_JSON))
                .orElseGet(() -> Response.ok(view(attempts.get(actor, attemptId))))
                .build();
    }

    @PUT
    @Path("/{attemptId}/answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one answer {\"response\": …, \"seq\": n}; repeating it changes nothing, "
            + "and an answer with a lower seq than the saved one is ignored")
    public AttemptDtos.Saved answer(@PathParam("attemptId") long attemptId, @PathParam("questionId") long questionId,
                                    JsonObject body) {
        if (body == null || !body.containsKey("response")) {
            throw DomainException.invalid("response", "field.required");
        }
        JsonValue response = body.get("response");
        long seq = body.get("seq") instanceof JsonNumber number ? number.longValue() : clock.millis();
        return AttemptDtos.Saved.of(attempts.answer(actor, attemptId, questionId, response, seq));
    }

    @POST
    @Path("/{attemptId}/submit")
    @Operation(summary = "Submit and grade the attempt; submitting again answers the same result")
    public AttemptDtos.Result submit(@PathParam("attemptId") long attemptId) {
        return AttemptDtos.Result.of(attempts.submit(actor, attemptId));
    }

    private AttemptDtos.AttemptView view(QuizAttempt attempt) {
        return AttemptDtos.AttemptView.of(attempt, language.locale(), clock.instant());
    }

}
