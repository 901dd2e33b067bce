package vn.hocso.journeys.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The home page, which greets a logged-in person by name. */
public class HomePage extends Page {

    public HomePage(WebDriver driver, URI site) {
        super(driver, site);
    }

    public String greeting() {
        return waitFor(By.cssSelector("main h2")).getText();
    }
}
