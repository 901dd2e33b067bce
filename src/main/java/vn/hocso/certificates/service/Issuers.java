package vn.hocso.certificates.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.UnitNode;
import vn.hocso.accounts.model.Unit;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.certificates.model.IssuerSettings;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.FieldError;

/**
 * Who signs a unit's certificates: the nearest unit up the tree whose organizers set how it
 * signs (issuer, place, signer); a tree where nobody did signs with the unit's own name.
 */
@ApplicationScoped
public class Issuers {

    public static final String ON_BEHALF_OF = "TM. BAN THƯỜNG VỤ";
    public static final String SECRETARY = "BÍ THƯ";
    public static final String SUFFIX = "GCN";

    private EntityManager em;
    private UnitService units;
    private AuditLog audit;

    protected Issuers() {
    }

    @Inject
    public Issuers(EntityManager em, UnitService units, AuditLog audit) {
        this.em = em;
        this.units = units;
        this.audit = audit;
    }

    /** The unit that signs and how. */
    public record Issuer(Unit unit, IssuerSettings.Signing signing) {
    }

    public Issuer of(Unit unit) {
        List<UnitNode> path = units.today().path(unit.getCode());
        for (int i = path.size() - 1; i >= 0; i--) {
            Optional<IssuerSettings> settings = settings(path.get(i).code());
            if (settings.isPresent()) {
                return new Issuer(settings.get().getUnit(), settings.get().signing());
            }
        }
        return new Issuer(unit, unset(unit.getName()));
    }

    /** How a unit that set nothing signs: its own name, the usual titles, no signer's name. */
    public static IssuerSettings.Signing unset(String unitName) {
        return new IssuerSettings.Signing(unitName.toUpperCase(Locale.forLanguageTag("vi")), unitName, ON_BEHALF_OF, SECRETARY,
                "", SUFFIX);
    }

    /** How a unit signs, as set, for its organizers' form. */
    public Optional<IssuerSettings.Signing> signing(Actor actor, String unitCode) {
        Access.requireManage(actor, unitCode, units.today());
        return settings(unitCode).map(IssuerSettings::signing);
    }

    @Transactional
    public void set(Actor actor, String unitCode, IssuerSettings.Signing signing) {
        Access.requireManage(actor, unitCode, units.today());
        validate(signing);
        settings(unitCode).ifPresentOrElse(s -> s.change(signing), () -> em.persist(new IssuerSettings(units.get(unitCode), signing)));
        audit.record(actor.username(), "CERTIFICATE_ISSUER_SET", "unit:" + unitCode, signing.issuer() + " / " + signing.signerName());
    }

    private Optional<IssuerSettings> settings(String unitCode) {
        return em.createQuery("select s from IssuerSettings s where s.unit.code = :code", IssuerSettings.class)
                .setParameter("code", unitCode).getResultStream().findFirst();
    }

    private static void validate(IssuerSettings.Signing signing) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "issuer", signing.issuer(), 200);
        required(errors, "place", signing.place(), 100);
        required(errors, "onBehalfOf", signing.onBehalfOf(), 100);
        required(errors, "signerTitle", signing.signerTitle(), 100);
        required(errors, "signerName", signing.signerName(), 120);
        required(errors, "numberSuffix", signing.numberSuffix(), 30);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "field.required"));
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "field.tooLong", max));
        }
    }
}
