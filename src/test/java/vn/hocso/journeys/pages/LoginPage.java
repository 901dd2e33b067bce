package vn.hocso.journeys.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /login.xhtml */
public class LoginPage extends Page {

    public LoginPage(WebDriver driver, URI site) {
        super(driver, site);
    }

    public String prefilledUsername() {
        return waitFor(By.id("username")).getAttribute("value");
    }

    public HomePage logIn(String username, String password) {
        type("username", username);
        type("password", password);
        waitFor(By.id("submit")).click();
        waitFor(By.cssSelector("main h2"));
        return new HomePage(driver, site);
    }
}
