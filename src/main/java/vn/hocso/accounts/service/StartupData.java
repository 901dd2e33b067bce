package vn.hocso.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.accounts.core.PasswordHasher;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.model.Account;
import vn.hocso.platform.db.SchemaReady;

/**
 * Data a new installation needs: the demo units and accounts in demo mode, and otherwise
 * a first administrator whose password comes from HOCSO_ADMIN_PASSWORD or is generated and
 * printed once to the log. Runs only on an empty database, so restarts change nothing.
 */
@ApplicationScoped
public class StartupData {

    private static final Logger LOG = Logger.getLogger(StartupData.class.getName());
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 20;

    @Inject
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private DemoData demoData;
    @Inject
    private PasswordHasher hasher;
    @Inject
    @ConfigProperty(name = "hocso.demo", defaultValue = "false")
    private boolean demo;
    @Inject
    @ConfigProperty(name = "hocso.admin.password")
    private Optional<String> adminPassword;

    @Transactional
    void onSchemaReady(@Observes SchemaReady ready) {
        boolean empty = em.createQuery("select count(a) from Account a", Long.class).getSingleResult() == 0;
        if (!empty) {
            return;
        }
        if (demo) {
            demoData.load();
            LOG.info("Demo data loaded: accounts admin, organizer, organizer-phuochau, trainer, learner (password hocso-demo)");
        } else {
            createFirstAdministrator();
        }
    }

    private void createFirstAdministrator() {
        String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(StartupData::generatePassword);
        Account admin = new Account("admin", "Quản trị viên", clock.instant());
        admin.setPasswordHash(hasher.hash(password));
        admin.grant(Role.ADMIN, null);
        em.persist(admin);
        if (adminPassword.filter(p -> !p.isBlank()).isPresent()) {
            LOG.info("First administrator 'admin' created with the password from HOCSO_ADMIN_PASSWORD.");
        } else {
            LOG.warning("First administrator 'admin' created. Its password, shown only this once: " + password);
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
