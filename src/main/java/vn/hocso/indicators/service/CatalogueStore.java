package vn.hocso.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.indicators.calc.Catalogue;
import vn.hocso.indicators.calc.CatalogueReader;
import vn.hocso.indicators.calc.Indicator;
import vn.hocso.indicators.model.CatalogueVersion;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.errors.FieldError;

/**
 * The indicator catalogue in force: the newest version an administrator saved, else the one
 * shipped with the application. A version that does not read cleanly is never saved.
 */
@ApplicationScoped
public class CatalogueStore {

    private static final String SHIPPED = "/vn/hocso/indicators/catalogue.yaml";

    private EntityManager em;
    private Clock clock;
    private AuditLog audit;
    /** The catalogue read from the newest version, kept until a newer one appears. */
    private volatile Loaded loaded;

    private record Loaded(Long versionId, Catalogue catalogue) {
    }

    protected CatalogueStore() {
    }

    @Inject
    public CatalogueStore(EntityManager em, Clock clock, AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.audit = audit;
    }

    /** In a transaction of its own when none runs: the warmer reads it from a thread of its own. */
    @Transactional
    public Catalogue current() {
        Optional<CatalogueVersion> newest = newest();
        Long id = newest.map(CatalogueVersion::getId).orElse(null);
        Loaded known = loaded;
        if (known == null || !Objects.equals(known.versionId(), id)) {
            known = new Loaded(id, CatalogueReader.read(newest.map(CatalogueVersion::getYaml).orElseGet(CatalogueStore::shipped))
                    .catalogue());
            loaded = known;
        }
        return known.catalogue();
    }

    /** An indicator of the catalogue in force; NOT_FOUND for an id it does not have. */
    public Indicator indicator(String id) {
        return current().find(id).orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "indicators.unknown", id));
    }

    /** The text in force, for an administrator to edit. */
    public String text(Actor actor) {
        Access.requireAdmin(actor);
        return newest().map(CatalogueVersion::getYaml).orElseGet(CatalogueStore::shipped);
    }

    /** The saved versions, newest first. */
    public List<CatalogueVersion> versions(Actor actor) {
        Access.requireAdmin(actor);
        return em.createQuery("select v from CatalogueVersion v order by v.savedAt desc, v.id desc", CatalogueVersion.class)
                .setMaxResults(50).getResultList();
    }

    /** Checks the text without saving it: every problem with its line, or the catalogue it gives. */
    public Catalogue check(Actor actor, String yaml) {
        Access.requireAdmin(actor);
        if (yaml != null && yaml.length() > CatalogueVersion.MAX_LENGTH) {
            throw DomainException.invalid("yaml", "catalogue.tooLong", CatalogueVersion.MAX_LENGTH);
        }
        CatalogueReader.Result result = CatalogueReader.read(yaml);
        if (!result.valid()) {
            throw DomainException.invalid(result.problems().stream()
                    .map(p -> FieldError.at(p.file(), p.line(), p.messageKey(), p.arguments())).toList());
        }
        return result.catalogue();
    }

    @Transactional
    public Catalogue save(Actor actor, String yaml) {
        Catalogue catalogue = check(actor, yaml);
        em.persist(new CatalogueVersion(yaml, actor.username(), clock.instant()));
        audit.record(actor.username(), "CATALOGUE_SAVE", "indicator-catalogue",
                catalogue.indicators().size() + " indicators");
        return catalogue;
    }

    /** Back to the catalogue shipped with the application, itself saved as the newest version. */
    @Transactional
    public Catalogue restoreShipped(Actor actor) {
        return save(actor, shipped());
    }

    private Optional<CatalogueVersion> newest() {
        return em.createQuery("select v from CatalogueVersion v order by v.savedAt desc, v.id desc", CatalogueVersion.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public static String shipped() {
        try (InputStream in = CatalogueStore.class.getResourceAsStream(SHIPPED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
