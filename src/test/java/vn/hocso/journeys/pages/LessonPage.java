package vn.hocso.journeys.pages;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /learn/lesson.xhtml: one lesson. */
public class LessonPage extends Page {

    public LessonPage(WebDriver driver, URI site) {
        super(driver, site);
    }

    public String title() {
        return waitFor(By.cssSelector("article.lesson h1")).getText();
    }

    /** Marks the lesson done, which goes on to the next one. */
    public LessonPage markDoneAndGoOn() {
        WebElement before = waitFor(By.cssSelector("article.lesson h1"));
        waitFor(By.id("markDone")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(before));
        return new LessonPage(driver, site);
    }

    /** The page scrolls no wider than the phone. */
    public long pageWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
    }
}
