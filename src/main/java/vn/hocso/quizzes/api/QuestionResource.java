package vn.hocso.quizzes.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.FieldError;
import vn.hocso.quizzes.gift.ParseResult;
import vn.hocso.quizzes.service.QuestionBankService;

@Path("/questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class QuestionResource {

    @Inject
    private QuestionBankService bank;
    @Inject
    private Actor actor;

    @POST
    @Path("/preview")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Trainers: read GIFT or Aiken text (the body) and answer its questions, or 422 with every "
            + "problem and its line; nothing is stored")
    public QuestionPreview.Questions preview(@QueryParam("format") String format, String text) {
        ParseResult result = bank.preview(actor, format, text);
        if (!result.isValid()) {
            throw DomainException.invalid(result.problems().stream()
                    .map(p -> FieldError.at(null, p.line(), p.messageKey(), p.arguments())).toList());
        }
        return QuestionPreview.Questions.of(result.questions());
    }
}
