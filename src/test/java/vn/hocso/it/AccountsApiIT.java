package vn.hocso.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;

/** The built bundle on PostgreSQL, driven over HTTP as scripts and other systems use it. */
class AccountsApiIT {

    private static final String DEMO_PASSWORD = "hocso-demo";
    private static final AtomicInteger PHONE = new AtomicInteger();
    private static RunningBundle bundle;

    @BeforeAll
    static void start() {
        bundle = RunningBundle.onPostgres();
    }

    private static Http anonymous() {
        return Http.to(bundle.baseUri());
    }

    private static Http as(String username, String password) {
        return anonymous().withBasicAuth(username, password);
    }

    private static String newPhone() {
        return "0912%06d".formatted(PHONE.incrementAndGet());
    }

    private static String registration(String username, String unitCode) {
        return """
                {"username":"%s","password":"Mùa lúa chín ở Phước Hậu","fullName":"Đặng Văn Ưng","birthYear":2001,
                 "gender":"MALE","unitCode":"%s",
                 "flags":{"unionMember":true,"unionOfficial":false,"ocopProducer":true,"digitalTeamMember":false,"difficultArea":false},
                 "consents":{"training":true,"statistics":false}}""".formatted(username, unitCode);
    }

    @Test
    void readinessSaysTheDatabaseIsUp() {
        Http.Response health = anonymous().get("health/ready");

        assertThat(health.status()).as(bundle.logTail()).isEqualTo(200);
        assertThat(health.json().asJsonObject().getString("status")).isEqualTo("UP");
    }

    @Test
    void openApiDocumentDescribesTheAccountsApi() {
        Http.Response openapi = anonymous().get("openapi");

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/accounts", "/api/me", "/api/units");
    }

    @Test
    void unitsArePublicWithTheirParents() {
        JsonArray units = anonymous().get("api/units").json().asJsonArray();

        assertThat(units.getValuesAs(JsonObject.class))
                .anySatisfy(unit -> {
                    assertThat(unit.getString("code")).isEqualTo("X-PD");
                    assertThat(unit.getString("name")).isEqualTo("Đoàn thị trấn Phước Dân");
                    assertThat(unit.getString("parentCode")).isEqualTo("HD-NP");
                    assertThat(unit.isNull("validTo")).isTrue();
                });
        assertThat(anonymous().get("api/units?q=phuoc%20dan").json().asJsonArray())
                .extracting(value -> value.asJsonObject().getString("code")).containsExactly("X-PD");
    }

    @Test
    void aRegisteredLearnerSeesThemselvesAtApiMe() {
        String phone = newPhone();

        Http.Response created = anonymous().postJson("api/accounts", registration("+84 " + phone.substring(1), "X-PH"));
        Http.Response me = as(phone, "Mùa lúa chín ở Phước Hậu").get("api/me");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().asJsonObject().getString("username")).isEqualTo(phone);
        assertThat(me.status()).isEqualTo(200);
        JsonObject body = me.json().asJsonObject();
        assertThat(body.getString("fullName")).isEqualTo("Đặng Văn Ưng");
        assertThat(body.getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("LEARNER");
        assertThat(body.getJsonObject("unit").getString("code")).isEqualTo("X-PH");
    }

    @Test
    void aBadRegistrationNamesEveryBadFieldAndStoresNothing() {
        String body = """
                {"username":"not a phone","password":"short","fullName":"Lê Thị A","birthYear":2001,"gender":"FEMALE",
                 "unitCode":"NO-SUCH-UNIT","consents":{"training":false}}""";

        Http.Response response = anonymous().postJson("api/accounts", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains("username", "password", "consents.training", "unitCode");
        assertThat(response.body()).contains("Cần đồng ý xử lý dữ liệu");
    }

    @Test
    void aTakenUsernameIsRefused() {
        String phone = newPhone();
        anonymous().postJson("api/accounts", registration(phone, "X-PD"));

        Http.Response again = anonymous().postJson("api/accounts", registration(phone, "X-PD"));

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("username");
    }

    @Test
    void anUnder16NeedsAGuardian() {
        String body = registration(newPhone(), "X-PD").replace("\"birthYear\":2001", "\"birthYear\":2014");

        Http.Response response = anonymous().postJson("api/accounts", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("guardian.fullName", "guardian.phone", "guardian.consent");
    }

    @Test
    void errorsFollowAcceptLanguage() {
        Http.Response response = anonymous().withHeader("Accept-Language", "en-GB,en;q=0.8")
                .postJson("api/accounts", "{\"username\":\"x\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("Consent to processing for learning is needed");
    }

    @Test
    void malformedJsonIsABadRequestInTheErrorFormat() {
        Http.Response response = anonymous().postJson("api/accounts", "{not json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().asJsonObject().getJsonArray("errors")).isNotEmpty();
    }

    @Test
    void apiMeNeedsCredentials() {
        Http.Response anonymousMe = anonymous().get("api/me");
        Http.Response wrongPassword = as("learner", "not-the-password").get("api/me");

        assertThat(anonymousMe.status()).isEqualTo(401);
        assertThat(anonymousMe.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void aCommuneOrganizerIsForbiddenFromAnotherCommunesPeople() {
        Http commune = as("organizer-phuochau", DEMO_PASSWORD);

        assertThat(commune.get("api/accounts?unit=X-PH").status()).isEqualTo(200);
        assertThat(commune.get("api/accounts?unit=X-PD").status()).isEqualTo(403);
        assertThat(commune.get("api/accounts/learner").status()).isEqualTo(403);
        assertThat(commune.postJson("api/accounts/learner/reset-code", "{}").status()).isEqualTo(403);
    }

    @Test
    void theDistrictOrganizerManagesEveryCommuneBelowIt() {
        Http district = as("organizer", DEMO_PASSWORD);

        Http.Response learner = district.get("api/accounts/learner");
        Http.Response code = district.postJson("api/accounts/learner/reset-code", "{}");

        assertThat(learner.status()).isEqualTo(200);
        assertThat(learner.json().asJsonObject().getString("unitCode")).isEqualTo("CD-KP1");
        assertThat(code.status()).isEqualTo(200);
        assertThat(code.json().asJsonObject().getString("code")).matches("[A-HJ-KM-NP-Z2-9]{10}");
    }

    @Test
    void aLearnerCannotListPeople() {
        assertThat(as("learner", DEMO_PASSWORD).get("api/accounts").status()).isEqualTo(403);
    }

    @Test
    void unknownPathsAnswerFriendly404s() {
        Http.Response api = anonymous().get("api/no-such-thing");
        Http.Response page = anonymous().get("no-such-page.xhtml");

        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json().asJsonObject().getJsonArray("errors")).isNotEmpty();
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy trang").doesNotContain("\tat ", "java.lang.");
    }

    @Test
    void protectedPagesSendVisitorsToTheLoginPage() {
        Http.Response profile = anonymous().get("account/profile.xhtml");

        assertThat(profile.status()).isEqualTo(302);
        assertThat(profile.header("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("/login.xhtml?next=%2Faccount%2Fprofile.xhtml"));
    }

    @Test
    void aLearnerGetsTheForbiddenPageForAdministration() {
        Http.Response units = as("learner", DEMO_PASSWORD).get("admin/units.xhtml");

        assertThat(units.status()).isEqualTo(403);
        assertThat(units.body()).contains("Không có quyền truy cập");
    }
}
