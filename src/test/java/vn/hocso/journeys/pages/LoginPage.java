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

    /** Logs in from a page that asked for it, and lands back on that page. */
    public void logInAndReturn(String username, String password) {
        type("username", username);
        type("password", password);
        clickAndWaitForNextPage(By.id("submit"));
    }

    public HomePage logIn(String username, String password) {
        submit(username, password);
        waitFor(By.cssSelector("main h2"));
        return new HomePage(driver, site);
    }

    /** Tries a wrong password and returns the error the page shows. */
    public String logInFails(String username, String password) {
        submit(username, password);
        return waitFor(By.cssSelector("#login .messages .error")).getText();
    }

    private void submit(String username, String password) {
        type("username", username);
        type("password", password);
        waitFor(By.id("submit")).click();
    }
}
