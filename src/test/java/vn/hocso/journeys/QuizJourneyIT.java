package vn.hocso.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import vn.hocso.journeys.pages.AttemptPage;
import vn.hocso.journeys.pages.CoursePage;
import vn.hocso.testsupport.Browser;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.NewLearner;
import vn.hocso.testsupport.RunningBundle;

/** A learner on a phone loses the connection in the middle of a quiz; no answer is lost. */
@ExtendWith(Browser.class)
class QuizJourneyIT {

    private static final String SAVED = "Đã lưu tất cả câu trả lời";

    @Test
    void answersGivenOfflineAreSentWhenTheConnectionReturnsAndAllAreGraded(WebDriver browser) {
        URI site = RunningBundle.onPostgres().baseUri();
        NewLearner account = NewLearner.register(site, "0979", "Đặng Văn Ưng", "MALE");
        Http learner = Http.to(site).withBasicAuth(account.username(), account.password());
        learner.postJson("api/courses/kinh-doanh-truc-tuyen-ocop/enrolment", "{}");

        browser.get(site.resolve("courses/course.xhtml?slug=kinh-doanh-truc-tuyen-ocop").toString());
        new CoursePage(browser, site).logInToLearn().logInAndReturn(account.username(), account.password());
        AttemptPage attempt = new CoursePage(browser, site).openQuiz().start();
        attempt.answer(1);
        attempt.answer(2);
        attempt.waitUntilAllSaved(SAVED);

        ChromeDriver chrome = (ChromeDriver) browser;
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        chrome.setNetworkConditions(offline);
        attempt.answer(3);
        attempt.answer(4);
        String whileOffline = attempt.saveState();
        chrome.deleteNetworkConditions();
        attempt.waitUntilAllSaved(SAVED);
        String result = attempt.submit();

        assertThat(whileOffline).isNotEqualTo(SAVED);
        assertThat(result).startsWith("Điểm:");
        JsonObject stored = learner.get("api/attempts/" + attempt.attemptId()).json().asJsonObject();
        assertThat(stored.getString("status")).isEqualTo("GRADED");
        assertThat(stored.getJsonObject("responses")).as("all four answers reached the server").hasSize(4);
        assertThat(stored.getJsonArray("review").getValuesAs(JsonObject.class).subList(0, 4))
                .allSatisfy(review -> assertThat(review.get("fraction").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER));
    }
}
