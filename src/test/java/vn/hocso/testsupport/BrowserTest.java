package vn.hocso.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

@ExtendWith(Browser.class)
class BrowserTest {

    private WebDriver driverOfBeforeEach;

    @BeforeEach
    void openPage(WebDriver driver) {
        driverOfBeforeEach = driver;
        driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(
                "<meta name=viewport content='width=device-width'><title>HọcSố</title><h1>Xin chào</h1>", StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Test
    void rendersPagesAsAPhone360PixelsWide(WebDriver driver) {
        assertThat(driver.getTitle()).isEqualTo("HọcSố");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Xin chào");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.innerWidth")).isEqualTo(360L);
    }

    @Test
    void sharesOneBrowserBetweenBeforeEachAndTheTest(WebDriver driver) {
        assertThat(driver).isSameAs(driverOfBeforeEach);
    }
}
