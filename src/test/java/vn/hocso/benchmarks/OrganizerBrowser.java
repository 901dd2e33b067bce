package vn.hocso.benchmarks;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An organizer's browser: logged in once through the form, then every GET carries the
 * session cookie, as a person's (or a page's script's) does.
 *
 * <p>Why not HTTP Basic: the server checks a Basic password on every request with PBKDF2
 * (310,000 iterations), a fixed cost that has nothing to do with the indicators; the
 * benchmark reports it separately. Why not {@code testsupport.Http}: its 30 s timeout, and
 * downloads are read as bytes here, never decoded.
 */
final class OrganizerBrowser {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
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
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(browser.get("login.xhtml").text());
        while (hidden.find()) {
            form.put(hidden.group(1), hidden.group(2));
        }
        form.put("username", username);
        form.put("password", password);
        form.put("submit", "Đăng nhập");
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
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

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
