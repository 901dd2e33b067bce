package vn.hocso.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A small HTTP client for tests against a running application.
 *
 * <p>Why: tests should read as "GET this, expect that", without {@link HttpClient}'s ceremony.
 * Each instance keeps its own cookies (one instance is one visitor) and does not follow
 * redirects, so tests see them.
 */
public final class Http {

    /** What the server answered. */
    public record Response(int status, String body, HttpHeaders headers) {

        /** The body parsed as JSON (an object, array or scalar). */
        public JsonValue json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readValue();
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final URI baseUri;
    private final HttpClient client;
    private final Map<String, String> headers;

    private Http(URI baseUri, HttpClient client, Map<String, String> headers) {
        this.baseUri = baseUri;
        this.client = client;
        this.headers = Map.copyOf(headers);
    }

    /** A client for paths relative to {@code baseUri}, with no credentials. */
    public static Http to(URI baseUri) {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        return new Http(baseUri, client, Map.of());
    }

    /** The same client (sharing its cookies) sending HTTP Basic credentials. */
    public Http withBasicAuth(String user, String password) {
        String token = Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return withHeader("Authorization", "Basic " + token);
    }

    /** The same client (sharing its cookies) sending one more header on every request. */
    public Http withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Http(baseUri, client, more);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response postJson(String path, String json) {
        return send("POST", path, json);
    }

    /** Any method; {@code json} is sent as an {@code application/json} body unless null. */
    public Response send(String method, String path, String json) {
        return send(method, path, json, "application/json");
    }

    /** POSTs an HTML form, as a browser submits it. */
    public Response postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, body, "application/x-www-form-urlencoded");
    }

    /** GETs a download (a workbook, a PDF) as bytes; fails unless it answers 200. */
    public byte[] download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + path, e);
        }
    }

    /** POSTs bytes as they are, such as a ZIP file. */
    public Response postBytes(String path, String contentType, byte[] body) {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), contentType);
    }

    /** Any method with a text body of the given content type. */
    public Response send(String method, String path, String body, String contentType) {
        return send(method, path, body == null ? null : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
                contentType);
    }

    private Response send(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + request.build().uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
    }
}
