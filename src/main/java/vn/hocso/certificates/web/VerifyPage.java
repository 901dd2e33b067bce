package vn.hocso.certificates.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import vn.hocso.certificates.service.Verification;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.web.Language;

/** /verify.xhtml?code=… (and /verify/{code}): anybody checks a certificate, no login needed. */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    private Verification verification;
    @Inject
    private Language language;

    private String code;
    private Optional<Verification.Verified> result;
    private String problem;

    private void check() {
        if (result != null) {
            return;
        }
        result = Optional.empty();
        if (code == null || code.isBlank()) {
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        try {
            result = verification.check(((HttpServletRequest) context.getRequest()).getRemoteAddr(), code);
            if (result.isEmpty()) {
                problem = language.text("verify.unknown");
                context.setResponseStatus(404);
            }
        } catch (DomainException tooMany) {
            problem = language.text(tooMany.errors().get(0).messageKey());
            context.setResponseStatus(tooMany.failure().status());
        }
    }

    public Verification.Verified getResult() {
        check();
        return result.orElse(null);
    }

    public String getProblem() {
        check();
        return problem;
    }

    public String date(Instant instant) {
        return Dates.format(instant);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
