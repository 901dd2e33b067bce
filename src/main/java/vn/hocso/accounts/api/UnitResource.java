package vn.hocso.accounts.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.core.UnitTree;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.platform.errors.DomainException;

@Path("/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    private Actor actor;
    @Inject
    private UnitService units;
    @Inject
    private Clock clock;

    @GET
    @Operation(summary = "The unit tree as it stands on a day (today by default); q searches names without diacritics, limit caps the answer")
    public List<AccountDtos.UnitDto> list(@QueryParam("date") String date, @QueryParam("q") String query,
                                          @QueryParam("limit") @DefaultValue("10000") int limit) {
        UnitTree.Snapshot tree = units.tree().asOf(date == null ? LocalDate.now(clock) : parseDate(date));
        return tree.search(query).stream()
                .limit(Math.max(0, limit))
                .map(u -> AccountDtos.UnitDto.of(u, tree))
                .toList();
    }

    @POST
    @Operation(summary = "Add a unit (administrators)")
    public Response add(AccountDtos.NewUnit request) {
        UnitKind kind = AccountDtos.parse(UnitKind.class, request.kind())
                .orElseThrow(() -> DomainException.invalid("kind", "unit.kindInvalid"));
        LocalDate from = request.validFrom() == null ? LocalDate.now(clock) : request.validFrom();
        String code = units.add(actor, request.code(), request.name(), kind, request.parentCode(), from).getCode();
        return Response.status(Response.Status.CREATED).entity(new AccountDtos.UnitRef(code, request.name())).build();
    }

    @PUT
    @Path("/{code}/name")
    @Operation(summary = "Rename a unit (administrators)")
    public Response rename(@PathParam("code") String code, AccountDtos.Rename request) {
        units.rename(actor, code, request.name());
        return Response.noContent().build();
    }

    @POST
    @Path("/{code}/move")
    @Operation(summary = "Move a unit under another parent from a date on (administrators)")
    public Response move(@PathParam("code") String code, AccountDtos.Move request) {
        units.move(actor, code, request.parentCode(), effective(request.effective()));
        return Response.noContent().build();
    }

    @POST
    @Path("/{code}/merge")
    @Operation(summary = "Merge a unit into another from a date on (administrators)")
    public Response merge(@PathParam("code") String code, AccountDtos.Merge request) {
        units.merge(actor, code, request.intoCode(), effective(request.effective()));
        return Response.noContent().build();
    }

    private static LocalDate parseDate(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("date", "date.invalid");
        }
    }

    private LocalDate effective(LocalDate requested) {
        return requested == null ? LocalDate.now(clock) : requested;
    }
}
