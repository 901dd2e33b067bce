package vn.hocso.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hocso.accounts.core.ConsentPurpose;
import vn.hocso.accounts.core.Gender;
import vn.hocso.accounts.core.PlanFlags;
import vn.hocso.accounts.core.Role;
import vn.hocso.accounts.core.UnitKind;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.model.Consent;
import vn.hocso.accounts.model.Unit;
import vn.hocso.testsupport.JpaTestSupport;
import vn.hocso.testsupport.TestDatabase;

/**
 * The migrations must run on both databases HọcSố supports: PostgreSQL in production and
 * the embedded H2 (in PostgreSQL mode, with the application's own URL settings) by default.
 */
class SchemaMigrationTest {

    private static final List<String> TABLES =
            List.of("unit", "unit_link", "account", "role_grant", "consent", "one_time_code", "audit_entry");

    /** A new, empty database of each kind. */
    enum Engine {
        POSTGRESQL {
            @Override
            Target empty() {
                TestDatabase.Database db = TestDatabase.emptyDatabase();
                return new Target(db.jdbcUrl(), db.user(), db.password(), db.dataSource());
            }
        },
        H2 {
            /** The application's embedded URL with its file swapped for a private in-memory database. */
            @Override
            Target empty() {
                String settings = DatabaseConfigSource.DEFAULT_URL.substring(DatabaseConfigSource.DEFAULT_URL.indexOf(';'));
                String url = "jdbc:h2:mem:" + UUID.randomUUID() + settings + ";DB_CLOSE_DELAY=-1";
                JdbcDataSource dataSource = new JdbcDataSource();
                dataSource.setURL(url);
                dataSource.setUser("sa");
                dataSource.setPassword("");
                return new Target(url, "sa", "", dataSource);
            }
        };

        abstract Target empty();
    }

    /** How to reach one test database, by JDBC URL (for EclipseLink) and as a data source (for Flyway). */
    record Target(String url, String user, String password, DataSource dataSource) {
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void migrationsCreateTheWholeSchemaOnAnEmptyDatabase(Engine engine) throws SQLException {
        Target db = engine.empty();

        SchemaMigration.migrate(db.dataSource());

        MigrationInfoService info = flywayInfo(db);
        assertThat(info.all()).isNotEmpty().allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(info.pending()).isEmpty();
        assertThat(tables(db)).containsAll(TABLES);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void migratingAgainChangesNothing(Engine engine) throws SQLException {
        Target db = engine.empty();
        SchemaMigration.migrate(db.dataSource());
        execute(db, "INSERT INTO unit (id, code, name, kind, valid_from) VALUES (1, 'TD-NT', 'Tỉnh Đoàn', 'PROVINCE_UNION', DATE '2020-01-01')");
        List<String> appliedBefore = applied(db);

        SchemaMigration.migrate(db.dataSource());

        assertThat(applied(db)).isEqualTo(appliedBefore);
        assertThat(count(db, "SELECT count(*) FROM unit")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void eclipseLinkStoresAndReadsAnAccountWithUnitRoleAndConsent(Engine engine) {
        Target db = engine.empty();
        SchemaMigration.migrate(db.dataSource());
        Instant now = Instant.parse("2026-03-15T03:00:00Z");

        try (EntityManagerFactory factory = JpaTestSupport.entityManagerFactory(db.url(), db.user(), db.password())) {
            long id = JpaTestSupport.inTransaction(factory, em -> {
                Unit commune = new Unit("X-PH", "Đoàn xã Phước Hậu", UnitKind.COMMUNE_UNION, LocalDate.of(2020, 1, 1));
                em.persist(commune);
                Account account = new Account("0912345678", "Nguyễn Văn An", now);
                account.updateProfile("Nguyễn Văn An", 1998, Gender.MALE, commune, PlanFlags.NONE);
                account.grant(Role.ORGANIZER, commune);
                account.consent(ConsentPurpose.TRAINING, Consent.GivenBy.SELF, "2026-11", now);
                em.persist(account);
                return account.getId();
            });

            Account read = JpaTestSupport.inTransaction(factory, em -> {
                Account account = em.find(Account.class, id);
                account.getRoles();
                account.getConsents();
                return account;
            });

            assertThat(read.getUsername()).isEqualTo("0912345678");
            assertThat(read.getFullName()).isEqualTo("Nguyễn Văn An");
            assertThat(read.getCreatedAt()).isEqualTo(now);
            assertThat(read.getUnit().getCode()).isEqualTo("X-PH");
            assertThat(read.getRoles()).singleElement().satisfies(grant -> {
                assertThat(grant.getId()).isNotNull();
                assertThat(grant.getRole()).isEqualTo(Role.ORGANIZER);
                assertThat(grant.getUnit().getCode()).isEqualTo("X-PH");
            });
            assertThat(read.getConsents()).singleElement().satisfies(consent -> {
                assertThat(consent.getPurpose()).isEqualTo(ConsentPurpose.TRAINING);
                assertThat(consent.getGivenAt()).isEqualTo(now);
                assertThat(consent.isActive()).isTrue();
            });
            assertThat(List.of(read.getId(), read.getUnit().getId(), read.getRoles().get(0).getId(),
                    read.getConsents().get(0).getId())).doesNotHaveDuplicates();
        }
    }

    private static MigrationInfoService flywayInfo(Target db) {
        return Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration").load().info();
    }

    private static List<String> applied(Target db) {
        return List.of(flywayInfo(db).applied()).stream()
                .map(m -> m.getVersion() + " " + m.getInstalledRank() + " " + m.getInstalledOn())
                .toList();
    }

    private static List<String> tables(Target db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static void execute(Target db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Target db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
