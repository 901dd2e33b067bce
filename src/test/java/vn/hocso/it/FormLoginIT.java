package vn.hocso.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.LoginForm;
import vn.hocso.testsupport.RunningBundle;

/** The login form as a browser posts it: the session id changes at every login. */
class FormLoginIT {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @Test
    void loggingInRenewsTheSessionIdSoAnOldIdIsWorthNothing() {
        Http browser = Http.to(RunningBundle.onPostgres().baseUri());

        String first = logIn(browser, "learner");
        assertThat(browser.get("account/profile.xhtml").status()).isEqualTo(200);
        String second = logIn(browser, "organizer");

        assertThat(second).isNotEqualTo(first);
        Http.Response withOldId = Http.to(RunningBundle.onPostgres().baseUri())
                .withHeader("Cookie", "JSESSIONID=" + first).get("api/me");
        assertThat(withOldId.status()).isEqualTo(401);
        assertThat(browser.get("api/me").json().asJsonObject().getString("username")).isEqualTo("organizer");
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheLoginPageWithAMessage() {
        Http browser = Http.to(RunningBundle.onPostgres().baseUri());

        Http.Response refused = submitLogin(browser, "trainer", "wrong password here");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser.get("api/me").status()).isEqualTo(401);
    }

    /** Logs in through the form and returns the session id the server then sets. */
    private static String logIn(Http browser, String username) {
        Http.Response loggedIn = submitLogin(browser, username, "hocso-demo");
        assertThat(loggedIn.status()).as(loggedIn.body()).isEqualTo(302);
        String cookie = loggedIn.header("Set-Cookie").orElseThrow();
        Matcher id = SESSION.matcher(cookie);
        assertThat(id.find()).as(cookie).isTrue();
        return id.group(1);
    }

    private static Http.Response submitLogin(Http browser, String username, String password) {
        String page = browser.get("login.xhtml").body();
        return browser.postForm("login.xhtml", LoginForm.fields(page, username, password));
    }
}
