package vn.hocso.certificates.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.accounts.model.Unit;
import vn.hocso.certificates.model.IssuerSettings;
import vn.hocso.platform.db.SchemaReady;

/** In demo mode, the demo district signs its certificates as a real one would; after the demo units exist. */
@ApplicationScoped
public class DemoIssuers {

    private static final String DISTRICT = "HD-NP";

    @Inject
    private EntityManager em;
    @Inject
    @ConfigProperty(name = "hocso.demo", defaultValue = "false")
    private boolean demo;

    @Transactional
    void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) SchemaReady ready) {
        if (!demo || em.createQuery("select count(s) from IssuerSettings s", Long.class).getSingleResult() > 0) {
            return;
        }
        em.createQuery("select u from Unit u where u.code = :code", Unit.class).setParameter("code", DISTRICT)
                .getResultStream().findFirst()
                .ifPresent(district -> em.persist(new IssuerSettings(district, new IssuerSettings.Signing(
                        "HUYỆN ĐOÀN NINH PHƯỚC", "Ninh Phước", Issuers.ON_BEHALF_OF, Issuers.SECRETARY, "Trần Minh Quân",
                        "GCN-HĐNP"))));
    }
}
