package vn.hocso.journeys.pages;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /training/class.xhtml?id=…, as its trainer or organizer sees it. */
public class ClassPage extends Page {

    public ClassPage(WebDriver driver, URI site) {
        super(driver, site);
    }

    /** Chooses a roster file and answers the preview's summary line. */
    public String previewRoster(Path file) {
        driver.findElement(By.id("rosterFile_input")).sendKeys(file.toAbsolutePath().toString());
        return waitFor(By.id("preview-summary")).getText();
    }

    public String previewLine(int row) {
        return waitFor(By.cssSelector("#previewLines tbody tr:nth-child(" + row + ")")).getText();
    }

    /** Imports the previewed lines and answers the message that follows. */
    public String commitRoster() {
        waitFor(By.id("commitRoster")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("preview")));
        return waitFor(By.cssSelector("#importForm .messages .info")).getText();
    }

    public String roster() {
        return waitFor(By.id("roster")).getText();
    }

    public AttendanceSheetPage takeAttendance(int session) {
        clickAndWaitForNextPage(By.cssSelector("#sessions tbody tr:nth-child(" + session + ") a.attendance-link"));
        return new AttendanceSheetPage(driver, site);
    }

    /** The address of the Excel export, to fetch it as the browser would. */
    public String workbookAddress() {
        return waitFor(By.id("export-xlsx")).getAttribute("href");
    }
}
