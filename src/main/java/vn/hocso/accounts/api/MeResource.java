package vn.hocso.accounts.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.service.PersonalData;
import vn.hocso.accounts.service.SelfService;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class MeResource {

    @Inject
    private Actor actor;
    @Inject
    private SelfService self;

    @GET
    @Operation(summary = "Who am I: username, name, roles and unit of the caller")
    public AccountDtos.Me me() {
        Account account = self.me(actor);
        return new AccountDtos.Me(account.getUsername(), account.getFullName(),
                account.roleSet().stream().map(Enum::name).sorted().toList(),
                account.getUnit() == null ? null : new AccountDtos.UnitRef(account.getUnit().getCode(), account.getUnit().getName()));
    }

    @GET
    @Path("/data")
    @Operation(summary = "Everything HọcSố holds about the caller, as a JSON download")
    public Response myData() {
        PersonalData data = self.exportData(actor);
        return Response.ok(data)
                .header("Content-Disposition", "attachment; filename=\"hocso-du-lieu-ca-nhan.json\"")
                .build();
    }
}
