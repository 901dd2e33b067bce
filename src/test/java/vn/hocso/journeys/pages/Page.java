package vn.hocso.journeys.pages;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object shares: the browser, the site's address, the header and waiting. */
public abstract class Page {

    protected final WebDriver driver;
    protected final URI site;

    protected Page(WebDriver driver, URI site) {
        this.driver = driver;
        this.site = site;
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The visible text of the whole page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Switches the interface language with the link in the header. */
    public void switchLanguage(String linkText) {
        clickAndWaitForNextPage(By.linkText(linkText));
    }

    /** Clicks something that loads another page, and waits until the old one is gone. */
    protected void clickAndWaitForNextPage(By locator) {
        WebElement before = driver.findElement(By.tagName("html"));
        waitFor(locator).click();
        waitUntilGone(before);
    }

    /** Waits until an element of the page being left is gone. */
    protected void waitUntilGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(browser -> isGone(element));
    }

    /**
     * Whether an element of the previous page is gone. Asked in the middle of a navigation,
     * Chromium may answer that the node "does not belong to the document" instead of
     * reporting it stale: that means gone too.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    public String htmlLanguage() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Logs out with the button in the menu (the phone layout keeps it in a fold-out list). */
    public LoginPage logOut() {
        waitFor(By.cssSelector("details.menu > summary")).click();
        waitFor(By.cssSelector("details.menu form.logout button")).click();
        waitFor(By.id("login"));
        return new LoginPage(driver, site);
    }
}
