package vn.hocso.certificates.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.hocso.certificates.core.HolderName;
import vn.hocso.certificates.model.Certificate;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.web.RateLimiter;

/**
 * Public verification of a certificate by its code, without login: limited per client
 * address (30 lookups a minute), so codes cannot be walked through.
 */
@ApplicationScoped
public class Verification {

    public static final int LOOKUPS_PER_MINUTE = 30;

    private CertificateService certificates;
    private RateLimiter limiter;

    protected Verification() {
    }

    @Inject
    public Verification(CertificateService certificates, Clock clock) {
        this.certificates = certificates;
        this.limiter = new RateLimiter(LOOKUPS_PER_MINUTE, Duration.ofMinutes(1), clock);
    }

    /** What the public sees of a certificate. */
    public record Verified(String status, String holder, String course, Instant issuedAt, String issuer, String number,
                           Instant revokedAt, String revokeReason) {
    }

    /** The certificate behind the code, or empty for an unknown code; 429 past the limit. */
    public Optional<Verified> check(String clientAddress, String code) {
        if (!limiter.allow(clientAddress)) {
            throw DomainException.of(Failure.TOO_MANY_ATTEMPTS, "certificate.tooManyLookups");
        }
        return certificates.find(code).map(Verification::verified);
    }

    private static Verified verified(Certificate c) {
        return new Verified(c.isRevoked() ? "REVOKED" : "VALID", HolderName.masked(c.getHolderName()), c.getCourseTitle(),
                c.getIssuedAt(), c.getIssuer(), c.getNumber(), c.getRevokedAt(), c.getRevokeReason());
    }
}
