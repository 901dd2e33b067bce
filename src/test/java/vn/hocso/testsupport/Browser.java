package vn.hocso.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A JUnit 5 extension giving each test that declares a {@link WebDriver} parameter (in the test
 * or its {@code @BeforeEach}, which share it) a new headless Chromium with a phone-sized window.
 *
 * <p>Why: browser tests must run offline and as root, and a failure must be seen. So the
 * browser and driver are Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver},
 * named explicitly so that Selenium Manager never goes to the network; each test gets a fresh
 * profile; a failing test leaves {@code target/screenshots/<TestClass>-<method>.png}; the
 * browser is quit after each test.
 *
 * <pre>{@code
 * @ExtendWith(Browser.class)
 * class HomePageIT {
 *     @Test
 *     void showsTheTitle(WebDriver driver) { driver.get(...); }
 * }
 * }</pre>
 */
public final class Browser implements ParameterResolver, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public WebDriver resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(Session.class, type -> Session.start(), Session.class)
                .driver;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
        if (session != null && context.getExecutionException().isPresent()) {
            Path screenshots = Files.createDirectories(
                    Path.of(System.getProperty("hocso.target", "target"), "screenshots"));
            Path file = screenshots.resolve(
                    context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png");
            Files.move(session.driver.getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** One browser and its profile directory; JUnit closes it when the test's store closes. */
    private record Session(ChromeDriver driver, Path profile) implements AutoCloseable {

        static Session start() {
            try {
                Path profile = Files.createTempDirectory("hocso-chromium-");
                ChromeOptions options = new ChromeOptions()
                        .setBinary("/usr/bin/chromium")
                        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                                "--disable-dev-shm-usage", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run",
                                "--window-size=360,800", "--user-data-dir=" + profile);
                // Headless Chromium will not make a window narrower than 500 px: emulate the phone.
                options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                        Map.of("width", 360, "height", 800, "pixelRatio", 1.0)));
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                        .build();
                return new Session(new ChromeDriver(service, options), profile);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create a Chromium profile directory", e);
            }
        }

        @Override
        public void close() throws IOException {
            driver.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
