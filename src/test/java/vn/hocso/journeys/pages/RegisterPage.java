package vn.hocso.journeys.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** /register.xhtml, filled in as a learner would on a phone. */
public class RegisterPage extends Page {

    public RegisterPage(WebDriver driver, URI site) {
        super(driver, site);
    }

    public static RegisterPage open(WebDriver driver, URI site) {
        driver.get(site.resolve("register.xhtml").toString());
        return new RegisterPage(driver, site);
    }

    public RegisterPage fillIn(String username, String password, String fullName, int birthYear) {
        type("username", username);
        type("password", password);
        type("fullName", fullName);
        type("birthYear", Integer.toString(birthYear));
        new Select(waitFor(By.id("gender"))).selectByValue("FEMALE");
        return this;
    }

    /** Types into the unit picker without diacritics and picks the suggestion named {@code unitName}. */
    public RegisterPage pickUnit(String typed, String unitName) {
        type("unitText", typed);
        waitFor(By.xpath("//ul[@id='unitList']/li[@role='option'][contains(., '" + unitName + "')]")).click();
        return this;
    }

    public RegisterPage agreeToTraining() {
        waitFor(By.id("consents_training")).click();
        return this;
    }

    public LoginPage submit() {
        waitFor(By.id("submit")).click();
        waitFor(By.id("login"));
        return new LoginPage(driver, site);
    }
}
