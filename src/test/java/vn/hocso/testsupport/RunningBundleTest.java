package vn.hocso.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs stand-ins for the bundle: single-file Java programs, so no Payara is needed. */
class RunningBundleTest {

    private static final String READY_SERVER = """
            import com.sun.net.httpserver.HttpServer;
            import java.net.InetSocketAddress;

            public class FakeBundle {
                public static void main(String[] args) throws Exception {
                    int port = Integer.parseInt(System.getenv("HOCSO_PORT"));
                    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
                    server.createContext("/health/ready", exchange -> {
                        byte[] body = System.getenv("HOCSO_DEMO").getBytes();
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(body);
                        exchange.close();
                    });
                    server.start();
                    System.out.println("fake bundle listening on " + port);
                }
            }
            """;

    private static final String FAILING_START = """
            public class FakeBundle {
                public static void main(String[] args) {
                    System.out.println("cannot reach the database");
                    System.exit(3);
                }
            }
            """;

    @Test
    void waitsUntilReadyAndPassesPortAndEnvironment(@TempDir Path dir) throws IOException {
        RunningBundle bundle = RunningBundle.start("fake-ready",
                List.of(program(dir, READY_SERVER)), Map.of("HOCSO_DEMO", "true"));

        Http.Response ready = Http.to(bundle.baseUri()).get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("true");
        assertThat(bundle.logTail()).contains("fake bundle listening on " + bundle.baseUri().getPort());
    }

    @Test
    void failsWithTheLogTailWhenTheProcessDies(@TempDir Path dir) throws IOException {
        List<String> program = List.of(program(dir, FAILING_START));

        assertThatThrownBy(() -> RunningBundle.start("fake-dying", program, Map.of()))
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining("cannot reach the database");
    }

    private static String program(Path dir, String source) throws IOException {
        return Files.writeString(dir.resolve("FakeBundle.java"), source).toString();
    }
}
