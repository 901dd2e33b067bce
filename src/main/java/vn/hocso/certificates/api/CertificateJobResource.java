package vn.hocso.certificates.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.hocso.accounts.core.Actor;
import vn.hocso.certificates.service.ClassCertificateJobs;
import vn.hocso.platform.errors.DomainException;

/** All certificates of a class as one ZIP, made in the background. */
@Path("/certificate-jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CertificateJobResource {

    @Inject
    private ClassCertificateJobs jobs;
    @Inject
    private Actor actor;

    /** Format ZIP (the default) or PDF (every certificate in one file, to print). */
    public record NewJob(Long classId, ClassCertificateJobs.Format format) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organizers: issue the missing certificates of a class's completed learners and put them all "
            + "in one ZIP (format ZIP) or one PDF to print (format PDF); answers 202 with the job to poll")
    public Response start(NewJob body) {
        if (body == null || body.classId() == null) {
            throw DomainException.invalid("classId", "field.required");
        }
        return Response.accepted(jobs.start(actor, body.classId(), body.format())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The job's progress: done of total, and its state (RUNNING, DONE, FAILED)")
    public ClassCertificateJobs.Progress progress(@PathParam("id") String id) {
        return jobs.progress(actor, id);
    }

    @GET
    @Path("/{id}/file")
    @Produces({"application/zip", "application/pdf"})
    @Operation(summary = "The ZIP (or merged PDF) of the class's certificates, once the job is done")
    public Response file(@PathParam("id") String id) {
        ClassCertificateJobs.Progress progress = jobs.progress(actor, id);
        return Response.ok(jobs.file(actor, id).toFile(), progress.format().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + progress.fileName() + "\"").build();
    }
}
