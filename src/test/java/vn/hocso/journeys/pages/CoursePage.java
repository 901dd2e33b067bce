package vn.hocso.journeys.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /courses/course.xhtml: a course's page. */
public class CoursePage extends Page {

    public CoursePage(WebDriver driver, URI site) {
        super(driver, site);
    }

    public LoginPage logInToLearn() {
        waitFor(By.cssSelector("main a.button[href*='login.xhtml']")).click();
        return new LoginPage(driver, site);
    }

    public LessonPage enrol() {
        waitFor(By.id("enrol")).click();
        waitFor(By.cssSelector("article.lesson"));
        return new LessonPage(driver, site);
    }

    public LessonPage continueLearning() {
        waitFor(By.id("continue")).click();
        waitFor(By.cssSelector("article.lesson"));
        return new LessonPage(driver, site);
    }

    /** Opens the course's quiz (shown to enrolled learners). */
    public QuizPage openQuiz() {
        clickAndWaitForNextPage(By.cssSelector("a.quiz-link"));
        return new QuizPage(driver, site);
    }

    public String progress() {
        return waitFor(By.cssSelector("label[for=courseProgress]")).getText();
    }
}
