package vn.hocso.platform.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's only data source. Every setting comes from MicroProfile Config, so
 * HOCSO_DB_URL / HOCSO_DB_USER / HOCSO_DB_PASSWORD in the environment switch it to
 * PostgreSQL; the defaults (META-INF/microprofile-config.properties) are the embedded H2
 * file database. The driver class follows the URL, see {@link DatabaseConfigSource}.
 */
@DataSourceDefinition(
        name = HocsoDataSource.JNDI_NAME,
        className = "${MPCONFIG=hocso.db.datasource-class}",
        url = "${MPCONFIG=hocso.db.url}",
        user = "${MPCONFIG=hocso.db.user}",
        password = "${MPCONFIG=hocso.db.password}",
        minPoolSize = 8,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class HocsoDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/hocso";
}
