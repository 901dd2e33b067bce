package vn.hocso.certificates.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hocso.accounts.core.Actor;
import vn.hocso.certificates.model.Certificate;
import vn.hocso.courses.service.CourseCertificates;

/** The learner's standing certificates, for the enrolments the courses feature shows. */
@ApplicationScoped
public class HeldCertificates implements CourseCertificates {

    private CertificateService certificates;

    protected HeldCertificates() {
    }

    @Inject
    public HeldCertificates(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public Map<String, String> codesOf(Actor actor) {
        return certificates.mine(actor).stream().filter(c -> !c.isRevoked())
                .collect(Collectors.toMap(c -> c.getCourse().getSlug(), Certificate::getCode, (first, second) -> first));
    }
}
