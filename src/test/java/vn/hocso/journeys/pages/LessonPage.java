package vn.hocso.journeys.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
        waitUntilGone(before);
        return new LessonPage(driver, site);
    }

    /** The page scrolls no wider than the phone. */
    public long pageWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
    }
}
