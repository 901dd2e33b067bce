package vn.hocso.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;

/** The bundle as a newcomer runs it: no settings, a new H2 database under ./data, demo accounts. */
class EmbeddedDefaultIT {

    @Test
    void startsOnItsOwnDatabaseWithDemoAccounts() {
        RunningBundle bundle = RunningBundle.onEmbeddedDefault();
        Http http = Http.to(bundle.baseUri());

        Http.Response health = http.get("health/ready");
        Http.Response me = http.withBasicAuth("admin", "hocso-demo").get("api/me");
        Http.Response home = http.get("");

        assertThat(health.status()).as(bundle.logTail()).isEqualTo(200);
        assertThat(me.status()).isEqualTo(200);
        JsonObject admin = me.json().asJsonObject();
        assertThat(admin.getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("ADMIN");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Học kỹ năng số cùng Đoàn Thanh niên");
        assertThat(home.header("Set-Cookie")).as("anonymous pages keep no session").isEmpty();
    }
}
