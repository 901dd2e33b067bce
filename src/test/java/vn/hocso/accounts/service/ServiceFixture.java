package vn.hocso.accounts.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.ConsentPurpose;
import vn.hocso.accounts.core.Gender;
import vn.hocso.accounts.core.PasswordHasher;
import vn.hocso.accounts.core.PasswordPolicy;
import vn.hocso.accounts.core.PlanFlags;
import vn.hocso.accounts.core.Profile;
import vn.hocso.accounts.core.Registration;
import vn.hocso.accounts.core.RegistrationRules;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Consent;
import vn.hocso.accounts.model.Unit;
import vn.hocso.accounts.model.UnitLink;
import vn.hocso.courses.service.CourseCompleted;
import vn.hocso.platform.audit.AuditLog;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.testsupport.DirectEvent;
import vn.hocso.testsupport.JpaTestSupport;
import vn.hocso.testsupport.TestDatabase;

/**
 * All account services, built by hand on a fresh migrated PostgreSQL database, as the
 * container would build them.
 *
 * <p>Why a proxy for the entity manager: in Payara the services get a transaction-scoped
 * entity manager, so every transaction starts with an empty persistence context and reads
 * what was committed. {@link #tx} does the same here (a new entity manager per transaction),
 * so a change a service forgets to write is not hidden by a long-lived first-level cache.
 *
 * <p>The clock is fixed at {@link #START} (10:00 in Viet Nam) and moves only when a test
 * says so.
 */
public final class ServiceFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-15T03:00:00Z");
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.ofInstant(START, VIETNAM);
    /** When the seeded units were founded. */
    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
    /** The password of every seeded account; it passes the password policy. */
    static final String PASSWORD = "Lua-chin-vang-2026";
    public static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), Map.of());

    public final MutableClock clock = new MutableClock(START, VIETNAM);
    final PasswordHasher hasher = new PasswordHasher(1000);
    final AuditLog audit;
    final Accounts accounts;
    public final UnitService units;
    final ProfileWriter profiles;
    final RegistrationService registrations;
    final LoginService login;
    final DirectoryService directory;
    final SelfService self;
    final PasswordResetService resets;

    private final EntityManagerFactory factory;
    private final EntityManager em;
    /** Per thread, so tests can run two transactions at once (racing submissions). */
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final DirectEvent<CourseCompleted> completions = new DirectEvent<>();

    private ServiceFixture(EntityManagerFactory factory) {
        this.factory = factory;
        em = transactionScoped();
        RegistrationRules rules = new RegistrationRules(PasswordPolicy.standard());
        audit = new AuditLog(em, clock);
        accounts = new Accounts(em);
        units = new UnitService(em, clock, audit);
        profiles = new ProfileWriter(clock, units);
        registrations = new RegistrationService(em, clock, accounts, profiles, hasher, rules, audit);
        login = new LoginService(clock, accounts, hasher);
        directory = new DirectoryService(accounts, units, audit);
        self = new SelfService(em, clock, accounts, profiles, new Passwords(hasher, rules), rules, audit);
        resets = new PasswordResetService(em, clock, accounts, units, new Passwords(hasher, rules), audit);
    }

    /** A new migrated database with no units and no accounts. */
    static ServiceFixture empty() {
        return new ServiceFixture(JpaTestSupport.entityManagerFactory(TestDatabase.fresh()));
    }

    /**
     * A new database holding a small province, as in the demo data:
     * <pre>
     * TD-NT  province
     * └ HD-NP  district
     *   ├ X-PH  commune ─ CD-HS  branch
     *   └ X-PD  commune ─ CD-KP1 branch
     * </pre>
     */
    public static ServiceFixture withUnits() {
        ServiceFixture fixture = empty();
        fixture.unit("TD-NT", "Tỉnh Đoàn Ninh Thuận", UnitKind.PROVINCE_UNION, null);
        fixture.unit("HD-NP", "Huyện Đoàn Ninh Phước", UnitKind.DISTRICT_UNION, "TD-NT");
        fixture.unit("X-PH", "Đoàn xã Phước Hậu", UnitKind.COMMUNE_UNION, "HD-NP");
        fixture.unit("X-PD", "Đoàn thị trấn Phước Dân", UnitKind.COMMUNE_UNION, "HD-NP");
        fixture.unit("CD-HS", "Chi đoàn thôn Hậu Sanh", UnitKind.BRANCH, "X-PH");
        fixture.unit("CD-KP1", "Chi đoàn Khu phố 1", UnitKind.BRANCH, "X-PD");
        return fixture;
    }

    // --- transactions, as the container runs them ------------------------------------------

    /** Runs {@code work} in its own transaction and entity manager; rolled back if it throws. */
    public <T> T tx(Supplier<T> work) {
        return inTransaction(em -> work.get());
    }

    public void tx(Runnable work) {
        inTransaction(em -> {
            work.run();
            return null;
        });
    }

    /** Direct database access for checks and seeds, in its own transaction. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        if (current.get() != null) {
            throw new IllegalStateException("Transactions do not nest in this fixture");
        }
        EntityManager em = factory.createEntityManager();
        current.set(em);
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
            current.remove();
        }
    }

    /**
     * Like {@code @Transactional(dontRollbackOn = DomainException.class)}: what the work
     * wrote before the domain failure is committed, then the failure is rethrown.
     */
    void txKeepingDomainFailures(Runnable work) {
        DomainException failure = tx(() -> {
            try {
                work.run();
                return null;
            } catch (DomainException e) {
                return e;
            }
        });
        if (failure != null) {
            throw failure;
        }
    }

    /** An entity manager that forwards to the one of the running {@link #tx}, like the container's. */
    /** For other features' services, which find accounts too. */
    public Accounts accounts() {
        return accounts;
    }

    /** The entity manager other features' services take, scoped to {@link #tx} like the container's. */
    public AuditLog audit() {
        return audit;
    }

    /** Completed courses, delivered to whatever observers a test adds. */
    public DirectEvent<CourseCompleted> completions() {
        return completions;
    }

    public EntityManager entityManager() {
        return em;
    }

    private EntityManager transactionScoped() {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> {
                    if (current.get() == null) {
                        throw new IllegalStateException("Call services inside fixture.tx(…): " + method.getName());
                    }
                    try {
                        return method.invoke(current.get(), arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    // --- seed data ---------------------------------------------------------------------------

    Unit unit(String code, String name, UnitKind kind, String parentCode) {
        return inTransaction(em -> {
            Unit unit = new Unit(code, name, kind, SINCE);
            em.persist(unit);
            if (parentCode != null) {
                em.persist(new UnitLink(unit, units.get(parentCode), SINCE));
            }
            return unit;
        });
    }

    /** An adult learner of {@code unitCode} with the password {@link #PASSWORD}. */
    public Account learner(String username, String fullName, String unitCode) {
        return person(username, fullName, unitCode, Role.LEARNER);
    }

    /** An organizer of {@code unitCode}'s subtree, who also belongs to that unit. */
    public Actor organizer(String username, String unitCode) {
        return Accounts.toActor(person(username, "Lê Văn Hậu", unitCode, Role.ORGANIZER));
    }

    /** A trainer of {@code unitCode}'s subtree. */
    public Actor trainer(String username, String fullName, String unitCode) {
        return Accounts.toActor(person(username, fullName, unitCode, Role.TRAINER));
    }

    private Account person(String username, String fullName, String unitCode, Role role) {
        return tx(() -> {
            Unit unit = units.get(unitCode);
            Account account = new Account(username, fullName, clock.instant());
            account.setPasswordHash(hasher.hash(PASSWORD));
            account.updateProfile(fullName, 1995, Gender.FEMALE, unit, PlanFlags.NONE);
            account.consent(ConsentPurpose.TRAINING, Consent.GivenBy.SELF, PrivacyNotice.VERSION, clock.instant());
            account.grant(role, unit);
            current.get().persist(account);
            return account;
        });
    }

    /** Registers through the service, as the public form does. */
    Account register(Registration registration) {
        return tx(() -> registrations.register(registration));
    }

    /** The account as stored now, whatever its status, with its roles and consents loaded. */
    Account stored(long id) {
        return inTransaction(em -> {
            Account account = em.find(Account.class, id);
            account.getRoles();
            account.getConsents();
            return account;
        });
    }

    Actor actorOf(Account account) {
        return Accounts.toActor(account);
    }

    // --- sample input ----------------------------------------------------------------------

    /** A complete adult profile in {@code unitCode}: no ethnicity, no guardian. */
    static Profile adultProfile(String unitCode) {
        return new Profile("Nguyễn Văn An", 1998, Gender.MALE, unitCode, PlanFlags.NONE, null, null, null);
    }

    /** A registration that passes every rule, training consent given, statistics as told. */
    static Registration registration(String username, Profile profile, boolean statisticsConsent) {
        return new Registration(username, PASSWORD, profile, true, statisticsConsent);
    }

    @Override
    public void close() {
        factory.close();
    }

    /** A clock that stands still until a test moves it. */
    public static final class MutableClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        MutableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new MutableClock(now, newZone);
        }
    }
}
