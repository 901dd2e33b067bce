package vn.hocso.courses.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.courses.service.EnrolmentService;

@Path("/courses/{slug}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class EnrolmentResource {

    @Inject
    private Actor actor;
    @Inject
    private EnrolmentService enrolments;

    @POST
    @Path("/enrolment")
    @Operation(summary = "Enrol the caller in the course (201), or 409 when already enrolled")
    public Response enrol(@PathParam("slug") String slug) {
        return Response.status(Response.Status.CREATED).entity(EnrolmentDto.of(enrolments.enrol(actor, slug))).build();
    }

    @POST
    @Path("/lessons/{lesson}/done")
    @Operation(summary = "Mark a lesson done; answers the caller's new progress in the course")
    public EnrolmentDto done(@PathParam("slug") String slug, @PathParam("lesson") String lesson) {
        return EnrolmentDto.of(enrolments.markDone(actor, slug, lesson));
    }
}
