package vn.hocso.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Appends to the audit trail inside the caller's transaction. */
@ApplicationScoped
public class AuditLog {

    private static final int DETAIL_LENGTH = 1000;

    private EntityManager em;
    private Clock clock;

    protected AuditLog() {
    }

    @Inject
    public AuditLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String target, String detail) {
        String shortDetail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
        em.persist(new AuditEntry(clock.instant(), actor, action, target, shortDetail));
    }

    /** After an account is erased its username must not survive in the trail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pseudonymise(String actor, String replacement) {
        em.createQuery("update AuditEntry e set e.actor = :replacement where e.actor = :actor")
                .setParameter("replacement", replacement)
                .setParameter("actor", actor)
                .executeUpdate();
    }

    public List<AuditEntry> about(String target) {
        return em.createQuery("select e from AuditEntry e where e.target = :target order by e.at, e.id", AuditEntry.class)
                .setParameter("target", target)
                .getResultList();
    }
}
