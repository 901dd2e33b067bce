package vn.hocso.certificates.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hocso.accounts.core.Actor;
import vn.hocso.certificates.model.Certificate;
import vn.hocso.certificates.service.CertificateService;
import vn.hocso.certificates.service.Verification;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;

@Path("/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    private CertificateService certificates;
    @Inject
    private Verification verification;
    @Inject
    private Actor actor;
    @Context
    private HttpServletRequest request;

    @GET
    @Path("/{code}")
    @Operation(summary = "Anyone: check a certificate by its code (holder's name partly masked); 404 for an unknown code, "
            + "429 past 30 lookups a minute from one address")
    public Verification.Verified verify(@PathParam("code") String code) {
        return verification.check(request.getRemoteAddr(), code)
                .orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "certificate.unknown"));
    }

    @GET
    @Path("/{code}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate's PDF, for its holder and the organizers of the issuing unit's tree")
    public Response pdf(@PathParam("code") String code) {
        Certificate certificate = certificates.download(actor, code);
        return Response.ok(certificate.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + certificate.getFileName() + "\"").build();
    }

    /** Why a certificate is revoked or re-issued. */
    public record Reason(String reason) {
    }

    /** A certificate as its issuer's organizers see it. */
    public record Issued(String code, String number, String holder, String course, Instant issuedAt, Instant revokedAt,
                         String revokeReason) {

        static Issued of(Certificate c) {
            return new Issued(c.getCode(), c.getNumber(), c.getHolderName(), c.getCourseTitle(), c.getIssuedAt(),
                    c.getRevokedAt(), c.getRevokeReason());
        }
    }

    @POST
    @Path("/{code}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organizers of the issuing unit's tree: revoke the certificate, with the reason")
    public Issued revoke(@PathParam("code") String code, Reason body) {
        return Issued.of(certificates.revoke(actor, code, body == null ? null : body.reason()));
    }

    @POST
    @Path("/{code}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organizers: issue a new certificate after a correction; the old one is revoked and points to it")
    public Response reissue(@PathParam("code") String code, Reason body) {
        return Response.status(Response.Status.CREATED)
                .entity(Issued.of(certificates.reissue(actor, code, body == null ? null : body.reason()))).build();
    }
}
