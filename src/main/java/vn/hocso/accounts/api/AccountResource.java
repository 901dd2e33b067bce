package vn.hocso.accounts.api;

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
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.service.AccountSummary;
import vn.hocso.accounts.service.DirectoryService;
import vn.hocso.accounts.service.PasswordResetService;
import vn.hocso.accounts.service.RegistrationService;
import vn.hocso.platform.errors.DomainException;

@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private Actor actor;
    @Inject
    private RegistrationService registration;
    @Inject
    private DirectoryService directory;
    @Inject
    private PasswordResetService resets;
    @Inject
    private Clock clock;

    @POST
    @Operation(summary = "Register a learner (public)")
    public Response register(AccountDtos.RegistrationRequest request) {
        if (request == null) {
            throw DomainException.invalid("username", "username.invalid");
        }
        String username = registration.register(request.toRegistration()).getUsername();
        return Response.created(URI.create("/api/accounts/" + username)).entity(new AccountDtos.Created(username)).build();
    }

    @GET
    @Operation(summary = "People of a unit's subtree (organizers: their own subtree only)")
    public List<AccountSummary> list(@QueryParam("unit") String unitCode, @QueryParam("q") String query) {
        return directory.list(actor, unitCode, query);
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One account (organizers: within their subtree only)")
    public AccountSummary get(@PathParam("username") String username) {
        return directory.get(actor, username);
    }

    @POST
    @Path("/{username}/reset-code")
    @Operation(summary = "Issue a one-time code with which the person sets a new password (organizers)")
    public AccountDtos.ResetCode issueResetCode(@PathParam("username") String username) {
        String code = resets.issueCode(actor, username);
        return new AccountDtos.ResetCode(code, clock.instant().plus(PasswordResetService.CODE_LIFETIME));
    }

    @PUT
    @Path("/{username}/roles/{role}")
    @Operation(summary = "Grant a role, at a unit for organizers and trainers (administrators)")
    public Response grant(@PathParam("username") String username, @PathParam("role") String role, AccountDtos.RoleRequest request) {
        directory.grantRole(actor, username, role(role), request == null ? null : request.unitCode());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{username}/roles/{role}")
    @Operation(summary = "Revoke a role (administrators)")
    public Response revoke(@PathParam("username") String username, @PathParam("role") String role) {
        directory.revokeRole(actor, username, role(role));
        return Response.noContent().build();
    }

    private static Role role(String role) {
        return AccountDtos.parse(Role.class, role).orElseThrow(() -> DomainException.invalid("role", "role.invalid"));
    }
}
