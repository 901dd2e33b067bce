package vn.hocso.journeys.pages;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /learn/attempt.xhtml: the questions of an attempt, drawn by quiz.js, and the save status. */
public class AttemptPage extends Page {

    public AttemptPage(WebDriver driver, URI site) {
        super(driver, site);
    }

    AttemptPage loaded() {
        waitFor(By.cssSelector("li.question"));
        return this;
    }

    public long attemptId() {
        return Long.parseLong(driver.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Gives some answer to the question at this place (1-based), whatever its type. */
    public void answer(int position) {
        WebElement question = driver.findElements(By.cssSelector("li.question")).get(position - 1);
        List<WebElement> choices = question.findElements(By.cssSelector("label.choice"));
        List<WebElement> selects = question.findElements(By.tagName("select"));
        if (!choices.isEmpty()) {
            choices.get(0).click();
        } else if (!selects.isEmpty()) {
            selects.forEach(select -> new Select(select).selectByIndex(1));
        } else {
            WebElement field = question.findElement(By.cssSelector("input[type=text], textarea"));
            field.sendKeys("12");
            field.sendKeys("\t");
        }
    }

    public String saveState() {
        return waitFor(By.id("saveState")).getText();
    }

    /** Waits (the page resends every few seconds) until the page says everything is saved. */
    public void waitUntilAllSaved(String savedText) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("saveState"), savedText));
    }

    /** Submits, confirms, and answers the result the page then shows. */
    public String submit() {
        waitFor(By.id("submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        return waitFor(By.cssSelector("#result .score")).getText();
    }
}
