package vn.hocso.platform.db;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The embedded default URL, and the settings that depend on which database the URL names,
 * so an operator sets only HOCSO_DB_URL: the JDBC data source class, and whether demo
 * data is loaded (by
 * default only on the embedded H2 database; HOCSO_DEMO overrides it, having a higher
 * ordinal).
 */
public class DatabaseConfigSource implements ConfigSource {

    static final String DEFAULT_URL = "jdbc:h2:file:./data/hocso;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Override
    public Map<String, String> getProperties() {
        String url = configuredUrl();
        boolean embedded = url.startsWith("jdbc:h2:");
        return Map.of(
                "hocso.db.url", url,
                "hocso.db.datasource-class", embedded ? "org.h2.jdbcx.JdbcDataSource" : "org.postgresql.ds.PGSimpleDataSource",
                "hocso.demo", Boolean.toString(embedded));
    }

    private static String configuredUrl() {
        String url = System.getProperty("hocso.db.url", System.getenv("HOCSO_DB_URL"));
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return "hocso-database";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
