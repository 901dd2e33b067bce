package vn.hocso.courses.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.courses.service.CourseCertificates;
import vn.hocso.courses.service.EnrolmentService;

@Path("/me/enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class MyEnrolmentsResource {

    @Inject
    private Actor actor;
    @Inject
    private EnrolmentService enrolments;
    @Inject
    private CourseCertificates certificates;

    @GET
    @Operation(summary = "The caller's courses with their progress")
    public List<EnrolmentDto> mine() {
        Map<String, String> codes = certificates.codesOf(actor);
        return enrolments.mine(actor).stream().map(e -> EnrolmentDto.of(e, codes.get(e.getCourse().getSlug()))).toList();
    }
}
