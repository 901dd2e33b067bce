package vn.hocso.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.hocso.platform.db.HocsoDataSource;
import vn.hocso.platform.db.SchemaMigration;

/** GET /health/ready: 200 when the schema is migrated and the database answers, else 503. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = HocsoDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private SchemaMigration schemaMigration;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database")
                .status(schemaMigration.isMigrated() && databaseAnswers())
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
