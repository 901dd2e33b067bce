package vn.hocso.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTest {

    private HttpServer server;
    private Http http;

    /** Answers every request with a JSON description of it, and sets a cookie on /login. */
    @BeforeEach
    void startEchoServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::echo);
        server.start();
        http = Http.to(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void getReturnsStatusHeadersAndJsonBody() {
        Http.Response response = http.get("api/things?q=1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).hasValue("application/json");
        JsonObject echoed = response.json().asJsonObject();
        assertThat(echoed.getString("method")).isEqualTo("GET");
        assertThat(echoed.getString("uri")).isEqualTo("/api/things?q=1");
        assertThat(echoed.getString("authorization")).isEmpty();
    }

    @Test
    void postJsonSendsBodyContentTypeAndBasicCredentials() {
        Http.Response response = http.withBasicAuth("quản-trị", "mật khẩu")
                .postJson("/api/things", "{\"name\":\"Lớp 1\"}");

        JsonObject echoed = response.json().asJsonObject();
        assertThat(echoed.getString("method")).isEqualTo("POST");
        assertThat(echoed.getString("contentType")).isEqualTo("application/json");
        assertThat(echoed.getString("body")).isEqualTo("{\"name\":\"Lớp 1\"}");
        assertThat(echoed.getString("authorization")).isEqualTo("Basic cXXhuqNuLXRy4buLOm3huq10IGto4bqpdQ==");
    }

    @Test
    void keepsCookiesBetweenRequests() {
        http.get("login");

        assertThat(http.get("me").json().asJsonObject().getString("cookie")).isEqualTo("session=abc");
    }

    private void echo(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/login")) {
            exchange.getResponseHeaders().add("Set-Cookie", "session=abc; Path=/");
        }
        byte[] body = Json.createObjectBuilder()
                .add("method", exchange.getRequestMethod())
                .add("uri", exchange.getRequestURI().toString())
                .add("contentType", headerOrEmpty(exchange, "Content-Type"))
                .add("authorization", headerOrEmpty(exchange, "Authorization"))
                .add("cookie", headerOrEmpty(exchange, "Cookie"))
                .add("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                .build().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String headerOrEmpty(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }
}
