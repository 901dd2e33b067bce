package vn.hocso.platform.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway while the application starts. If the database
 * is unreachable the application still starts (health says 503, pages say the database is
 * unavailable) and the migration is retried until it succeeds; then {@link SchemaReady}
 * is fired so start-up data can be loaded.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    private static final long RETRY_SECONDS = 10;

    @Resource(lookup = HocsoDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Event<SchemaReady> schemaReady;

    private volatile boolean migrated;

    @PostConstruct
    void start() {
        migrateOrRetry();
    }

    private void migrateOrRetry() {
        try {
            migrate(dataSource);
            migrated = true;
            schemaReady.fire(new SchemaReady());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Database not ready, retrying in " + RETRY_SECONDS + " s: " + e.getMessage());
            scheduler.schedule(this::migrateOrRetry, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** The one place that knows how HọcSố runs its migrations; tests use it too. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public boolean isMigrated() {
        return migrated;
    }
}
