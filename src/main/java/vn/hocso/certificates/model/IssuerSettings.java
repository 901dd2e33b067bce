package vn.hocso.certificates.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hocso.accounts.model.Unit;
import vn.hocso.platform.persistence.Identified;

/** How a unit signs the certificates it issues: its name as issuer, the place, the signer, the number's suffix. */
@Entity
@Table(name = "certificate_issuer")
public class IssuerSettings extends Identified {

    @OneToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;
    @Column(nullable = false)
    private String issuer;
    @Column(nullable = false)
    private String place;
    @Column(name = "on_behalf_of", nullable = false)
    private String onBehalfOf;
    @Column(name = "signer_title", nullable = false)
    private String signerTitle;
    @Column(name = "signer_name", nullable = false)
    private String signerName;
    @Column(name = "number_suffix", nullable = false)
    private String numberSuffix;
    @Version
    private int version;

    protected IssuerSettings() {
    }

    public IssuerSettings(Unit unit, Signing signing) {
        this.unit = unit;
        change(signing);
    }

    /** The words a unit signs with. */
    public record Signing(String issuer, String place, String onBehalfOf, String signerTitle, String signerName,
                          String numberSuffix) {
    }

    public void change(Signing signing) {
        issuer = signing.issuer();
        place = signing.place();
        onBehalfOf = signing.onBehalfOf();
        signerTitle = signing.signerTitle();
        signerName = signing.signerName();
        numberSuffix = signing.numberSuffix();
    }

    public Signing signing() {
        return new Signing(issuer, place, onBehalfOf, signerTitle, signerName, numberSuffix);
    }

    public Unit getUnit() {
        return unit;
    }
}
