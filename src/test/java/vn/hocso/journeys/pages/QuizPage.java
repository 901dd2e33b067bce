package vn.hocso.journeys.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /learn/quiz.xhtml: a quiz's rules and the start button. */
public class QuizPage extends Page {

    public QuizPage(WebDriver driver, URI site) {
        super(driver, site);
    }

    public AttemptPage start() {
        clickAndWaitForNextPage(By.id("start"));
        return new AttemptPage(driver, site).loaded();
    }
}
