package vn.hocso.journeys.pages;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /training/attendance.xhtml?session=…: the checklist on the trainer's phone. */
public class AttendanceSheetPage extends Page {

    public AttendanceSheetPage(WebDriver driver, URI site) {
        super(driver, site);
    }

    /** Taps a status (PRESENT, LATE, EXCUSED, ABSENT) on the learner's line. */
    public AttendanceSheetPage mark(String username, String status) {
        WebElement line = waitFor(By.cssSelector(".check-item[data-username='" + username + "']"));
        line.findElement(By.cssSelector(".choice.status-" + status)).click();
        return this;
    }

    public String pressedStatus(String username) {
        return waitFor(By.cssSelector(".check-item[data-username='" + username + "'] .choice[aria-pressed='true']")).getText();
    }

    public void waitUntilAllSaved(String saved) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(browser -> saveState().equals(saved));
    }

    public String saveState() {
        return driver.findElement(By.id("saveState")).getText();
    }

    /** How wide the page lays out, to check nothing overflows the phone. */
    public long scrollWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
    }
}
