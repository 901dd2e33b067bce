package vn.hocso.certificates.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.accounts.core.Access;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Unit;
import vn.hocso.accounts.service.UnitService;
import vn.hocso.certificates.core.CertificateContent;
import vn.hocso.certificates.core.CertificatePdf;
import vn.hocso.certificates.core.VerificationCode;
import vn.hocso.certificates.model.Certificate;
import vn.hocso.certificates.model.CertificateCounter;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.courses.model.Course;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.files.ContentHash;
import vn.hocso.platform.i18n.Dates;

/**
 * Issuing certificates (once per learner and course), looking them up by code, handing out
 * their PDF to those allowed, revoking and re-issuing them. Every action is logged.
 */
@ApplicationScoped
public class CertificateService {

    /** A page of the organizer's list; a search narrows it. */
    public static final int LIST_LIMIT = 100;

    private EntityManager em;
    private Clock clock;
    private UnitService units;
    private Issuers issuers;
    private CertificateFacts facts;
    private AuditLog audit;
    private String siteUrl;

    protected CertificateService() {
    }

    @Inject
    public CertificateService(EntityManager em, Clock clock, UnitService units, Issuers issuers, CertificateFacts facts,
                              AuditLog audit, @ConfigProperty(name = "hocso.site-url", defaultValue = "http://localhost:8080/")
                              String siteUrl) {
        this.em = em;
        this.clock = clock;
        this.units = units;
        this.issuers = issuers;
        this.facts = facts;
        this.audit = audit;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }

    /**
     * The learner's certificate for the course: the standing one if there is one, else a new
     * one issued by the class's unit (or, without a class, the learner's own unit).
     */
    @Transactional
    public Certificate issue(Account holder, Course course, TrainingClass trainingClass, String by) {
        return standing(holder, course).orElseGet(() -> create(holder, course, trainingClass, by));
    }

    /** What anybody may learn about a code: enough to check a certificate, nothing to harvest. */
    public Optional<Certificate> find(String typedCode) {
        return VerificationCode.normalize(typedCode).flatMap(code -> em.createQuery(
                "select c from Certificate c where c.code = :code", Certificate.class).setParameter("code", code)
                .getResultStream().findFirst());
    }

    /** The PDF, for its holder and the organizers of the issuing unit's tree. */
    public Certificate download(Actor actor, String code) {
        Access.requireAuthenticated(actor);
        Certificate certificate = find(code).orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "certificate.unknown"));
        if (!certificate.getHolder().getUsername().equals(actor.username())) {
            Access.requireManage(actor, certificate.getUnit().getCode(), units.today());
        }
        return certificate;
    }

    public List<Certificate> mine(Actor actor) {
        Access.requireAuthenticated(actor);
        return em.createQuery("select c from Certificate c where c.holder.username = :username order by c.issuedAt desc",
                Certificate.class).setParameter("username", actor.username()).getResultList();
    }

    /** The standing certificates of a class's learners, by id, for those who may manage the class's unit. */
    public List<Long> ofClass(Actor actor, TrainingClass trainingClass) {
        Access.requireManage(actor, trainingClass.getUnit().getCode(), units.today());
        return em.createQuery("select c.id from Certificate c where c.trainingClass = :c and c.currentHolding is not null "
                + "order by c.number", Long.class).setParameter("c", trainingClass).getResultList();
    }

    /** A certificate's file name and bytes. */
    public record File(String name, byte[] pdf) {
    }

    /** One certificate's file, read on its own so a batch holds one PDF in memory at a time. */
    @Transactional
    public File file(long id) {
        Certificate certificate = em.find(Certificate.class, id);
        return new File(certificate.getFileName(), certificate.pdf());
    }

    /** The latest certificates issued in the organizer's tree, optionally those whose holder or number contains the text. */
    public List<Certificate> issued(Actor actor, String text) {
        Access.requireManager(actor);
        Set<String> managed = Access.managedUnits(actor, units.today());
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery("select c from Certificate c where c.unit.code in :units and (lower(c.holderName) like :text "
                        + "or lower(c.number) like :text or lower(c.code) like :text) order by c.issuedAt desc, c.id desc",
                        Certificate.class)
                .setParameter("units", managed.isEmpty() ? Set.of("") : managed).setParameter("text", like)
                .setMaxResults(LIST_LIMIT).getResultList();
    }

    @Transactional
    public Certificate revoke(Actor actor, String code, String reason) {
        Certificate certificate = managed(actor, code);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "field.required");
        }
        if (certificate.isRevoked()) {
            throw DomainException.of(Failure.CONFLICT, "certificate.alreadyRevoked");
        }
        certificate.revoke(reason.strip(), actor.username(), clock.instant());
        audit.record(actor.username(), "CERTIFICATE_REVOKE", target(certificate), reason.strip());
        return certificate;
    }

    /** A new certificate after a correction (a misspelt name, say): the old one is revoked and points to the new. */
    @Transactional
    public Certificate reissue(Actor actor, String code, String reason) {
        Certificate old = managed(actor, code);
        if (!old.isRevoked()) {
            revoke(actor, code, reason);
            em.flush();
        }
        Certificate newer = create(old.getHolder(), old.getCourse(), old.getTrainingClass(), actor.username());
        old.replaceWith(newer);
        audit.record(actor.username(), "CERTIFICATE_REISSUE", target(old), newer.getNumber());
        return newer;
    }

    private Certificate managed(Actor actor, String code) {
        Access.requireAuthenticated(actor);
        Certificate certificate = find(code).orElseThrow(() -> DomainException.of(Failure.NOT_FOUND, "certificate.unknown"));
        Access.requireManage(actor, certificate.getUnit().getCode(), units.today());
        return certificate;
    }

    private Optional<Certificate> standing(Account holder, Course course) {
        return em.createQuery("select c from Certificate c where c.currentHolding = :holding", Certificate.class)
                .setParameter("holding", Certificate.holding(holder, course)).getResultStream().findFirst();
    }

    private Certificate create(Account holder, Course course, TrainingClass trainingClass, String by) {
        Unit issuing = trainingClass != null ? trainingClass.getUnit()
                : holder.getUnit() != null ? holder.getUnit() : units.get(units.today().roots().get(0).code());
        Issuers.Issuer issuer = issuers.of(issuing);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Dates.VIETNAM);
        String number = nextNumber(issuer.unit(), today.getYear()) + "/" + issuer.signing().numberSuffix();
        String code = VerificationCode.generate();
        CertificateFacts.Facts about = facts.of(holder, course, trainingClass, today);
        CertificateContent content = new CertificateContent(issuer.signing().issuer(), number, holder.getFullName(),
                holder.getBirthYear(), course.certificateWording().vi(), course.title().vi(), course.getHours(), about.from(),
                about.to(), about.result(), issuer.signing().place(), today, issuer.signing().onBehalfOf(),
                issuer.signing().signerTitle(), issuer.signing().signerName(), code, siteUrl + "verify/" + code);
        byte[] pdf = CertificatePdf.render(content);
        Certificate certificate = new Certificate(new Certificate.Issue(number, code, holder, course, trainingClass,
                issuer.unit(), holder.getFullName(), course.title().vi(), issuer.signing().issuer(), now, by),
                CertificatePdf.fileName(content), pdf, ContentHash.of(pdf));
        em.persist(certificate);
        audit.record(by, "CERTIFICATE_ISSUE", target(certificate), holder.getUsername() + " " + course.getSlug());
        return certificate;
    }

    private int nextNumber(Unit unit, int year) {
        // the unit's row makes a year's first two certificates wait for each other: both would create its counter
        em.find(Unit.class, unit.getId(), LockModeType.PESSIMISTIC_WRITE);
        CertificateCounter counter = em.createQuery("select c from CertificateCounter c where c.unit = :unit and c.year = :year",
                        CertificateCounter.class).setParameter("unit", unit).setParameter("year", year)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseGet(() -> {
                    CertificateCounter first = new CertificateCounter(unit, year);
                    em.persist(first);
                    return first;
                });
        return counter.next();
    }

    private static String target(Certificate certificate) {
        return "certificate:" + certificate.getNumber();
    }
}
