package vn.hocso.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import vn.hocso.journeys.pages.CatalogPage;
import vn.hocso.journeys.pages.CoursePage;
import vn.hocso.journeys.pages.LessonPage;
import vn.hocso.testsupport.Browser;
import vn.hocso.testsupport.NewLearner;
import vn.hocso.testsupport.RunningBundle;

/** A learner on a 360 px phone finds a course without typing diacritics, reads, leaves, comes back. */
@ExtendWith(Browser.class)
class CourseJourneyIT {

    private static final String COURSE = "An toàn trên không gian mạng";

    @Test
    void aLearnerFindsACourseEnrolsReadsTwoLessonsAndLaterContinues(WebDriver browser) {
        URI site = RunningBundle.onPostgres().baseUri();
        NewLearner learner = NewLearner.register(site, "0978", "Hà Thị Lan", "FEMALE");

        CoursePage course = CatalogPage.open(browser, site).search("an toan khong gian mang").openCourse(COURSE);
        course.logInToLearn().logInAndReturn(learner.username(), learner.password());
        LessonPage first = new CoursePage(browser, site).enrol();
        String firstTitle = first.title();
        LessonPage second = first.markDoneAndGoOn();
        String secondTitle = second.title();
        LessonPage third = second.markDoneAndGoOn();
        assertThat(secondTitle).isNotEqualTo(firstTitle);
        assertThat(third.pageWidth()).as("nothing scrolls sideways").isLessThanOrEqualTo(360);
        String thirdTitle = third.title();

        browser.get(site.resolve("learn/my.xhtml").toString());
        CoursePage later = CatalogPage.open(browser, site).search("khong gian mang").openCourse(COURSE);
        assertThat(later.progress()).contains("%").doesNotContain(": 0%");
        assertThat(later.continueLearning().title()).isEqualTo(thirdTitle);
    }
}
