package vn.hocso.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One PostgreSQL server per test JVM, and a new database for every caller.
 *
 * <p>Why: tests must share no state, yet starting a server or running every migration per test
 * is too slow. So the server starts once, Flyway migrates a template database once, and
 * {@link #fresh()} clones that template with {@code CREATE DATABASE … TEMPLATE …} (tens of
 * milliseconds).
 *
 * <p>The server is the one named by {@code HOCSO_TEST_DB_URL} (a
 * {@code jdbc:postgresql://host:port/database} URL of a database the user may connect to, with
 * {@code HOCSO_TEST_DB_USER} and {@code HOCSO_TEST_DB_PASSWORD}, both defaulting to
 * {@code postgres}; the user needs CREATEDB); the databases made there are dropped when the JVM
 * exits. Without that variable a zonky embedded PostgreSQL is started on first use; zonky stops
 * it from its own shutdown hook and deletes its data. As root, zonky runs the PostgreSQL
 * binaries through {@code unshare -U} by itself (PostgreSQL refuses to run as root).
 */
public final class TestDatabase {

    /** Connection settings of one database. */
    public record Database(String jdbcUrl, String user, String password) {

        public DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(jdbcUrl);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        }
    }

    private TestDatabase() {
    }

    /** A new database holding the schema of {@code classpath:db/migration}. */
    public static Database fresh() {
        return Server.INSTANCE.database(Server.INSTANCE.createDatabase(MigratedTemplate.NAME));
    }

    /** A new database without any migration, for tests that run Flyway themselves. */
    public static Database emptyDatabase() {
        return Server.INSTANCE.database(Server.INSTANCE.createDatabase("template0"));
    }

    /** The server's maintenance database, as a user allowed to create databases. */
    public static Database serverAdmin() {
        return Server.INSTANCE.admin;
    }

    /** Created and migrated on the first call to {@link #fresh()}. */
    private static final class MigratedTemplate {

        static final String NAME = Server.INSTANCE.createDatabase("template0");

        static {
            Flyway.configure()
                    .dataSource(Server.INSTANCE.database(NAME).dataSource())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        }
    }

    /** Started on first use: the lazy holder idiom makes it once per JVM and thread-safe. */
    private static final class Server {

        static final Server INSTANCE = start();

        final Database admin;
        /** Every database this JVM makes is named with it, so that parallel JVMs never clash. */
        private final String prefix = "hocso_test_" + UUID.randomUUID().toString().substring(0, 8) + "_";
        private int created;

        private Server(Database admin) {
            this.admin = admin;
        }

        private static Server start() {
            String url = System.getenv("HOCSO_TEST_DB_URL");
            if (url == null || url.isBlank()) {
                return new Server(startEmbedded());
            }
            Server external = new Server(new Database(url,
                    envOr("HOCSO_TEST_DB_USER", "postgres"),
                    envOr("HOCSO_TEST_DB_PASSWORD", "postgres")));
            Runtime.getRuntime().addShutdownHook(
                    new Thread(external::dropCreatedDatabases, "drop-test-databases"));
            return external;
        }

        private static Database startEmbedded() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
                // Trust authentication ignores the password; a non-empty one survives being
                // passed on as an environment variable (MicroProfile Config drops empty values).
                return new Database("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                        "postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
        }

        private static String envOr(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isEmpty() ? fallback : value;
        }

        /** Creates a database copied from {@code template} and returns its name. */
        synchronized String createDatabase(String template) {
            String name = prefix + ++created;
            execute("CREATE DATABASE " + name + " TEMPLATE " + template);
            return name;
        }

        /** The settings of database {@code name} on this server: the admin URL with its path changed. */
        Database database(String name) {
            String url = admin.jdbcUrl();
            int query = url.indexOf('?');
            String path = query < 0 ? url : url.substring(0, query);
            String parameters = query < 0 ? "" : url.substring(query);
            return new Database(path.substring(0, path.lastIndexOf('/') + 1) + name + parameters,
                    admin.user(), admin.password());
        }

        synchronized void dropCreatedDatabases() {
            for (int i = created; i > 0; i--) {
                execute("DROP DATABASE IF EXISTS " + prefix + i + " WITH (FORCE)");
            }
        }

        private void execute(String sql) {
            try (Connection connection = admin.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Failed on " + admin.jdbcUrl() + ": " + sql, e);
            }
        }
    }
}
