package vn.hocso.accounts.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hocso.accounts.service.PasswordResetService;
import vn.hocso.platform.errors.DomainException;

@Path("/password-reset")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    private PasswordResetService resets;

    @POST
    @Operation(summary = "Set a new password with a one-time code from an organizer (public)")
    public Response reset(AccountDtos.PasswordReset request) {
        if (request == null) {
            throw DomainException.invalid("code", "reset.codeInvalid");
        }
        resets.resetPassword(request.username(), request.code(), request.newPassword());
        return Response.noContent().build();
    }
}
