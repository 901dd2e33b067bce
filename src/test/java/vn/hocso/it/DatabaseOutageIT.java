package vn.hocso.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;
import vn.hocso.testsupport.TestDatabase;

/**
 * While the database refuses connections, readiness says 503, the API and the pages say
 * the database is unavailable (no stack trace), and everything recovers when it returns.
 */
class DatabaseOutageIT {

    @Test
    void theApplicationSaysTheDatabaseIsUnavailableAndRecovers() throws SQLException {
        RunningBundle bundle = RunningBundle.onPostgres();
        Http http = Http.to(bundle.baseUri());
        String url = bundle.setting("HOCSO_DB_URL");
        String database = url.substring(url.lastIndexOf('/') + 1);

        refuseConnections(database, true);
        try {
            assertThat(http.get("health/ready").status()).isEqualTo(503);
            Http.Response api = http.get("api/units");
            assertThat(api.status()).isEqualTo(503);
            assertThat(api.body()).contains("không kết nối được cơ sở dữ liệu");
            Http.Response page = http.withBasicAuth("learner", "hocso-demo").get("account/profile.xhtml");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("Cơ sở dữ liệu tạm thời không truy cập được").doesNotContain("\tat ");
        } finally {
            refuseConnections(database, false);
        }

        assertThat(http.get("health/ready").status()).isEqualTo(200);
        assertThat(http.get("api/units").status()).isEqualTo(200);
    }

    /** Cuts the application off its database (and lets it back in), as an outage would. */
    private static void refuseConnections(String database, boolean refuse) throws SQLException {
        try (Connection admin = TestDatabase.serverAdmin().dataSource().getConnection();
             Statement sql = admin.createStatement()) {
            sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !refuse);
            if (refuse) {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            }
        }
    }
}
