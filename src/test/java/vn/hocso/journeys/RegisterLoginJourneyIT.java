package vn.hocso.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import vn.hocso.journeys.pages.HomePage;
import vn.hocso.journeys.pages.LoginPage;
import vn.hocso.journeys.pages.RegisterPage;
import vn.hocso.testsupport.Browser;
import vn.hocso.testsupport.RunningBundle;

/** A learner on a 360 px phone: registers, logs in, switches to English, logs out. */
@ExtendWith(Browser.class)
class RegisterLoginJourneyIT {

    @Test
    void aNewLearnerRegistersLogsInSwitchesLanguageAndLogsOut(WebDriver browser) {
        URI site = RunningBundle.onPostgres().baseUri();
        String phone = "0987%06d".formatted(Math.floorMod(System.nanoTime(), 1_000_000L));
        String password = "Trăng rằm tháng Tám 2026";

        LoginPage login = RegisterPage.open(browser, site)
                .fillIn(phone, password, "Nguyễn Thị Hồng Nhung", 2002)
                .pickUnit("phuoc dan", "Đoàn thị trấn Phước Dân")
                .agreeToTraining()
                .submit();
        assertThat(login.text()).contains("Đăng ký thành công");
        assertThat(login.prefilledUsername()).isEqualTo(phone);

        assertThat(login.logInFails(phone, "not my password")).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        HomePage home = login.logIn(phone, password);
        assertThat(home.greeting()).isEqualTo("Xin chào, Nguyễn Thị Hồng Nhung");
        assertThat(home.text()).contains("Đoàn thị trấn Phước Dân");

        home.switchLanguage("English");
        assertThat(home.greeting()).isEqualTo("Hello, Nguyễn Thị Hồng Nhung");
        assertThat(home.htmlLanguage()).isEqualTo("en");

        LoginPage afterLogout = home.logOut();
        assertThat(afterLogout.text()).contains("You have logged out.");
    }
}
