package vn.hocso.courses.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.courses.content.Category;
import vn.hocso.courses.content.Competence;
import vn.hocso.courses.model.Course;
import vn.hocso.courses.model.Enrolment;
import vn.hocso.courses.service.CatalogService;
import vn.hocso.courses.service.CourseCertificates;
import vn.hocso.courses.service.CourseUploadService;
import vn.hocso.courses.service.EnrolmentService;
import vn.hocso.platform.api.RequestLanguage;
import vn.hocso.platform.errors.DomainException;

@Path("/courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    private CatalogService catalog;
    @Inject
    private EnrolmentService enrolments;
    @Inject
    private CourseCertificates certificates;
    @Inject
    private CourseUploadService uploads;
    @Inject
    private Actor actor;
    @Inject
    private RequestLanguage language;

    @GET
    @Operation(summary = "The course catalog (public); q searches without diacritics; lang=vi|en")
    public List<CourseDtos.CourseSummary> list(@QueryParam("q") String query, @QueryParam("category") String category,
                                               @QueryParam("competence") String competence, @QueryParam("lang") String lang) {
        Locale locale = language.locale(lang);
        return catalog.browse(query, category(category), competence(competence)).stream()
                .map(c -> CourseDtos.CourseSummary.of(c, locale)).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One course with its lessons and quizzes (public)")
    public CourseDtos.CourseDetail get(@PathParam("slug") String slug, @QueryParam("lang") String lang) {
        return CourseDtos.CourseDetail.of(catalog.get(slug), language.locale(lang));
    }

    @POST
    @Path("/{slug}/enrolment")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Enrol the caller in the course (201), or 409 when already enrolled")
    public Response enrol(@PathParam("slug") String slug) {
        return Response.status(Response.Status.CREATED).entity(EnrolmentDto.of(enrolments.enrol(actor, slug), null)).build();
    }

    @POST
    @Path("/{slug}/lessons/{lesson}/done")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Mark a lesson done; answers the caller's new progress in the course")
    public EnrolmentDto done(@PathParam("slug") String slug, @PathParam("lesson") String lesson) {
        // the lesson that completes the course issues its certificate in the same transaction
        Enrolment enrolment = enrolments.markDone(actor, slug, lesson);
        return EnrolmentDto.of(enrolment, certificates.codesOf(actor).get(slug));
    }

    @POST
    @Path("/import")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Administrators: import one course folder sent as a ZIP (name = its file name); "
            + "201 with the course, or 422 naming every problem with its file and line; all or nothing")
    public Response upload(@QueryParam("name") String name, InputStream zip) {
        Course course = uploads.upload(actor, name, zip);
        return Response.status(Response.Status.CREATED)
                .entity(CourseDtos.CourseDetail.of(course, language.locale())).build();
    }


    private static Category category(String code) {
        return code == null || code.isBlank() ? null
                : Category.fromCode(code).orElseThrow(() -> DomainException.invalid("category", "course.categoryUnknown", code));
    }

    private static Competence competence(String code) {
        return code == null || code.isBlank() ? null
                : Competence.fromCode(code).orElseThrow(() -> DomainException.invalid("competence", "course.competenceUnknown", code));
    }
}
