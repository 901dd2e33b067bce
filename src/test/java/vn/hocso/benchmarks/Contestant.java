package vn.hocso.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hocso.testsupport.LoginForm;

final class Contestant {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    final String username;
    private final HttpClient http;
    private final URI base;
    private String session;
    private String csrf;
    long attemptId;
    JsonArray questions;

    Contestant(String username, HttpClient http, URI base) {
        this.username = username;
        this.http = http;
        this.base = base;
    }

    /** Logs in through the form as a browser does (the session id changes at login). */
    void logIn(String password) throws Exception {
        HttpResponse<String> page = http.send(request("login.xhtml").GET().build(), HttpResponse.BodyHandlers.ofString());
        keepSession(page);
        String body = LoginForm.body(page.body(), username, password);
        HttpResponse<String> loggedIn = http.send(request("login.xhtml").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (loggedIn.statusCode() != 302) {
            throw new IllegalStateException(username + " could not log in: " + loggedIn.statusCode());
        }
        keepSession(loggedIn);
    }

    /** Reads the session's CSRF token from a page, as quiz.js gets it from its page. */
    void openPage(String path) throws Exception {
        Matcher token = CSRF.matcher(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        csrf = token.group(1);
    }

    CompletableFuture<HttpResponse<String>> api(String method, String path, String json) {
        HttpRequest.Builder builder = request("api/" + path).header("Accept", "application/json")
                .header("X-CSRF-Token", csrf).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Remembers the attempt's questions from GET /api/attempts/{id}. */
    void read(String attemptJson) {
        JsonObject view = Json.createReader(new StringReader(attemptJson)).readObject();
        questions = view.getJsonArray("questions");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        return session == null ? builder : builder.header("Cookie", "JSESSIONID=" + session);
    }

    private void keepSession(HttpResponse<?> response) {
        response.headers().allValues("Set-Cookie").forEach(cookie -> {
            Matcher id = SESSION.matcher(cookie);
            if (id.find()) {
                session = id.group(1);
            }
        });
    }
}
