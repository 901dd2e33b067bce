package vn.hocso.journeys.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /courses/: the catalog with its search. */
public class CatalogPage extends Page {

    public CatalogPage(WebDriver driver, URI site) {
        super(driver, site);
    }

    public static CatalogPage open(WebDriver driver, URI site) {
        driver.get(site.resolve("courses/").toString());
        return new CatalogPage(driver, site);
    }

    public CatalogPage search(String words) {
        type("q", words);
        clickAndWaitForNextPage(By.cssSelector("form.catalog-search button"));
        return this;
    }

    public CoursePage openCourse(String title) {
        clickAndWaitForNextPage(By.linkText(title));
        return new CoursePage(driver, site);
    }
}
