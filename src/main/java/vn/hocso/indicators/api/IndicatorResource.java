package vn.hocso.indicators.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.indicators.calc.Dimension;
import vn.hocso.indicators.calc.Period;
import vn.hocso.indicators.service.AssignedTargets;
import vn.hocso.indicators.service.CatalogueStore;
import vn.hocso.indicators.service.IndicatorService;
import vn.hocso.indicators.service.PeriodChoice;
import vn.hocso.indicators.service.ReportedValues;
import vn.hocso.platform.api.RequestLanguage;
import vn.hocso.platform.errors.DomainException;

@Path("/indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class IndicatorResource {

    private static final String YAML = "application/yaml";

    @Inject
    private IndicatorService indicators;
    @Inject
    private ReportedValues reported;
    @Inject
    private CatalogueStore catalogues;
    @Inject
    private AssignedTargets targets;
    @Inject
    private Actor actor;
    @Inject
    private RequestLanguage language;

    @GET
    @Operation(summary = "Organizers: every indicator of a unit (code) and its subtree for a year, report period or dates")
    public List<IndicatorDtos.IndicatorValue> list(@BeanParam ReportScope scope) {
        return indicators.dashboard(actor, scope.unit(), scope.period(indicators)).lines().stream()
                .map(line -> IndicatorDtos.IndicatorValue.of(line, language.locale())).toList();
    }

    @GET
    @Path("/{id}/breakdown")
    @Operation(summary = "One indicator split by=unit|month|gender|ageGroup|unionMember|unionOfficial|ocopProducer|digitalTeamMember|difficultArea")
    public IndicatorDtos.BreakdownView breakdown(@PathParam("id") String id, @BeanParam ReportScope scope,
                                                 @QueryParam("by") String by) {
        Dimension dimension = Dimension.fromCode(by == null ? Dimension.UNIT.code() : by)
                .orElseThrow(() -> DomainException.invalid("by", "indicators.dimensionUnknown", by));
        Period chosen = scope.period(indicators);
        return IndicatorDtos.BreakdownView.of(indicators.breakdown(actor, scope.unit(), chosen, id, dimension), scope.unit(),
                chosen.from(), chosen.to());
    }

    @POST
    @Path("/{id}/reported")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organizers: enter the value of a reported indicator for a unit of theirs and a period")
    public Response report(@PathParam("id") String id, IndicatorDtos.ReportedForm form) {
        if (form == null) {
            throw DomainException.invalid("value", "field.required");
        }
        Period period = PeriodChoice.parse(form.period(), form.year(), form.from(), form.to())
                .resolve(indicators.calendar(), indicators.today());
        ReportedValues.Entry entry = new ReportedValues.Entry(id, form.unit(), period, form.value(), form.note(),
                form.evidenceUrl());
        return Response.status(Response.Status.CREATED)
                .entity(IndicatorDtos.ReportedView.of(reported.enter(actor, entry))).build();
    }

    @GET
    @Path("/{id}/reported")
    @Operation(summary = "Every value entered for the indicator, unit and period, newest first, with who entered it")
    public List<IndicatorDtos.ReportedView> reportedHistory(@PathParam("id") String id, @BeanParam ReportScope scope) {
        return reported.history(actor, id, scope.unit(), scope.period(indicators)).stream()
                .map(IndicatorDtos.ReportedView::of).toList();
    }

    @GET
    @Path("/{id}/targets")
    @Operation(summary = "The units directly below a unit, each with the target it was assigned for the year (null: none)")
    public List<IndicatorDtos.AssignedView> assigned(@PathParam("id") String id, @BeanParam ReportScope scope) {
        return IndicatorDtos.AssignedView.of(targets.ofChildren(actor, id, scope.unit(), scope.period(indicators).targetYear()));
    }

    @PUT
    @Path("/{id}/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organizers: assign targets to units directly below theirs, {\"X-PH\": 3000}; null removes one")
    public List<IndicatorDtos.AssignedView> assign(@PathParam("id") String id, @BeanParam ReportScope scope,
                                                   Map<String, BigDecimal> assigned) {
        int year = scope.period(indicators).targetYear();
        targets.assign(actor, id, scope.unit(), year, assigned == null ? Map.of() : assigned);
        return IndicatorDtos.AssignedView.of(targets.ofChildren(actor, id, scope.unit(), year));
    }

    @GET
    @Path("/catalogue")
    @Produces(YAML + ";charset=UTF-8")
    @Operation(summary = "Administrators: the indicator catalogue in force, as YAML")
    public String catalogue() {
        return catalogues.text(actor);
    }

    @PUT
    @Path("/catalogue")
    @Consumes({YAML, MediaType.TEXT_PLAIN})
    @Operation(summary = "Administrators: a new version of the catalogue; 422 with every problem and its line, nothing saved")
    public IndicatorDtos.CatalogueSaved saveCatalogue(String yaml) {
        return new IndicatorDtos.CatalogueSaved(catalogues.save(actor, yaml).indicators().size());
    }
}
