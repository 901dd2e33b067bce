package vn.hocso.certificates.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.web.UnitOption;
import vn.hocso.accounts.web.UnitPicker;
import vn.hocso.certificates.model.Certificate;
import vn.hocso.certificates.model.IssuerSettings;
import vn.hocso.certificates.service.CertificateService;
import vn.hocso.certificates.service.Issuers;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.FacesErrors;
import vn.hocso.platform.web.Language;

/**
 * /organizer/certificates.xhtml: how a unit signs its certificates, and the certificates its
 * tree issued, to download, revoke or re-issue after a correction.
 */
@Named
@ViewScoped
public class CertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CertificateService certificates;
    @Inject
    private Issuers issuers;
    @Inject
    private UnitPicker unitPicker;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private UnitOption unit;
    private final SigningForm signing = new SigningForm();
    private String search;
    private List<Row> rows;
    private final Map<String, String> reasons = new HashMap<>();

    /** A certificate in the list. */
    public record Row(String code, String number, String holder, String course, String issuedAt, boolean revoked,
                      String revokeReason) implements Serializable {

        static Row of(Certificate c) {
            return new Row(c.getCode(), c.getNumber(), c.getHolderName(), c.getCourseTitle(), Dates.format(c.getIssuedAt()),
                    c.isRevoked(), c.getRevokeReason());
        }
    }

    @PostConstruct
    void load() {
        if (unit == null) {
            current.actor().scope(Role.ORGANIZER).ifPresent(code -> unit = unitPicker.byCode(code));
        }
        showSigning();
        find();
    }

    public void showSigning() {
        if (unit != null) {
            issuers.signing(current.actor(), unit.code()).ifPresentOrElse(signing::fill, signing::clear);
        }
    }

    public void saveSigning() {
        issuers.set(current.actor(), unit == null ? null : unit.code(), signing.signing());
        done("certificates.signingSaved");
    }

    public void find() {
        rows = certificates.issued(current.actor(), search).stream().map(Row::of).toList();
    }

    public void revoke(String code) {
        certificates.revoke(current.actor(), code, reasons.get(code));
        done("certificates.revoked");
    }

    public void reissue(String code) {
        Certificate newer = certificates.reissue(current.actor(), code, reasons.get(code));
        done("certificates.reissued", newer.getNumber());
    }

    private void done(String key, Object... arguments) {
        FacesErrors.info(FacesContext.getCurrentInstance(), language.text(key, arguments));
        reasons.clear();
        find();
    }

    public List<Row> getRows() {
        return rows;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public SigningForm getSigning() {
        return signing;
    }

    public UnitOption getUnit() {
        return unit;
    }

    public void setUnit(UnitOption unit) {
        this.unit = unit;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    /** How a unit signs, as the form holds it. */
    public static class SigningForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String issuer;
        private String place;
        private String onBehalfOf = Issuers.ON_BEHALF_OF;
        private String signerTitle = Issuers.SECRETARY;
        private String signerName;
        private String numberSuffix = Issuers.SUFFIX;

        void fill(IssuerSettings.Signing s) {
            issuer = s.issuer();
            place = s.place();
            onBehalfOf = s.onBehalfOf();
            signerTitle = s.signerTitle();
            signerName = s.signerName();
            numberSuffix = s.numberSuffix();
        }

        void clear() {
            fill(new IssuerSettings.Signing(null, null, Issuers.ON_BEHALF_OF, Issuers.SECRETARY, null, Issuers.SUFFIX));
        }

        IssuerSettings.Signing signing() {
            return new IssuerSettings.Signing(strip(issuer), strip(place), strip(onBehalfOf), strip(signerTitle),
                    strip(signerName), strip(numberSuffix));
        }

        private static String strip(String value) {
            return value == null ? null : value.strip();
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getOnBehalfOf() {
            return onBehalfOf;
        }

        public void setOnBehalfOf(String onBehalfOf) {
            this.onBehalfOf = onBehalfOf;
        }

        public String getSignerTitle() {
            return signerTitle;
        }

        public void setSignerTitle(String signerTitle) {
            this.signerTitle = signerTitle;
        }

        public String getSignerName() {
            return signerName;
        }

        public void setSignerName(String signerName) {
            this.signerName = signerName;
        }

        public String getNumberSuffix() {
            return numberSuffix;
        }

        public void setNumberSuffix(String numberSuffix) {
            this.numberSuffix = numberSuffix;
        }
    }
}
