package vn.hocso.benchmarks;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.hocso.testsupport.LoginForm;

final class OrganizerBrowser {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** What the server answered. */
    record Page(int status, String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    private OrganizerBrowser(URI base) {
        this.base = base;
    }

    static OrganizerBrowser logIn(URI base, String username, String password) {
        OrganizerBrowser browser = new OrganizerBrowser(base);
        String body = LoginForm.body(browser.get("login.xhtml").text(), username, password);
        Page loggedIn = browser.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (loggedIn.status() != 302) {
            throw new IllegalStateException(username + " could not log in: " + loggedIn.status());
        }
        return browser;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.uri(), e);
        }
    }
}
