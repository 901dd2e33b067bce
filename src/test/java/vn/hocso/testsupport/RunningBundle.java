package vn.hocso.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import vn.hocso.testsupport.TestDatabase.Database;

/**
 * The built bundle ({@code target/hocso.jar}, or system property {@code hocso.bundle}) running
 * as a child process, for integration tests ({@code *IT}, run by maven-failsafe).
 *
 * <p>Why: Payara Micro takes about 20 s and 600 MB to boot, so each configuration is started at
 * most once per JVM and shared by every test that asks for it (a failed start is remembered
 * too, so it is not retried by each test class). Each runs on a free port, in a new working
 * directory under {@code target/}, with no {@code HOCSO_*} variable inherited from the caller,
 * logs to {@code target/bundle-<name>.log}, and is stopped when the JVM exits.
 */
public final class RunningBundle {

    /** The administrator password given to bundles that are told one. */
    public static final String ADMIN_PASSWORD = "Lantern-Rice-Field-42";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int TAIL_LINES = 80;
    private static final Map<String, CompletableFuture<RunningBundle>> STARTED = new ConcurrentHashMap<>();

    private final String name;
    private final Process process;
    private final URI baseUri;
    private final Path log;
    private final Map<String, String> environment;

    private RunningBundle(String name, Process process, URI baseUri, Path log, Map<String, String> environment) {
        this.name = name;
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
        this.environment = Map.copyOf(environment);
    }

    /** How late quiz answers may arrive on the PostgreSQL bundle: short, so a deadline test waits seconds. */
    public static final int QUIZ_GRACE_SECONDS = 3;

    /**
     * On a new, empty PostgreSQL database, with demo data, {@link #ADMIN_PASSWORD} and a short
     * quiz grace. Indicator counts get stale after 15 seconds (system property
     * {@code hocso.bundle.indicators-max-age} for another age), so the tests' requests also
     * meet counts refreshed in the background and the warmer at work.
     */
    public static RunningBundle onPostgres() {
        return once("postgres", () -> {
            Database database = TestDatabase.emptyDatabase();
            return Map.of(
                    "HOCSO_DB_URL", database.jdbcUrl(),
                    "HOCSO_DB_USER", database.user(),
                    "HOCSO_DB_PASSWORD", database.password(),
                    "HOCSO_DEMO", "true",
                    "HOCSO_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "HOCSO_QUIZ_GRACE_SECONDS", String.valueOf(QUIZ_GRACE_SECONDS),
                    "HOCSO_INDICATORS_MAX_AGE", System.getProperty("hocso.bundle.indicators-max-age", "PT15S"));
        });
    }

    /** With no settings at all, as a first-time user runs it: a new embedded database in ./data. */
    public static RunningBundle onEmbeddedDefault() {
        return once("embedded", Map::of);
    }

    /** Where the application is served, ending with {@code /}. */
    public URI baseUri() {
        return baseUri;
    }

    /** A setting the bundle was started with, such as HOCSO_DB_URL. */
    public String setting(String name) {
        return environment.get(name);
    }

    /** The last lines of the bundle's output, to put into failure messages. */
    public String logTail() {
        try {
            List<String> lines = logLines();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /**
     * The same configuration stopped and started again, on the same database, with
     * {@code settings} added: for a benchmark that loads its data after the first start and
     * measures a start that finds the data there. Later asks for the configuration get this one.
     */
    public RunningBundle restartedWith(Map<String, String> settings) {
        stop();
        Map<String, String> environment = new HashMap<>(this.environment);
        environment.putAll(settings);
        RunningBundle restarted = start(name, List.of("-jar", bundleJar()), environment);
        STARTED.put(name, CompletableFuture.completedFuture(restarted));
        return restarted;
    }

    /** The first line of the log that contains {@code text}, waiting up to {@code timeout} for it. */
    public String awaitLogLine(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                Optional<String> line = logLines().stream().filter(l -> l.contains(text)).findFirst();
                if (line.isPresent()) {
                    return line.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("No line with \"" + text + "\" in " + log + " after " + timeout + "; it ends with:\n"
                + logTail());
    }

    private List<String> logLines() throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
    }

    /** Starts configuration {@code name} on first use, with the environment made only then. */
    private static RunningBundle once(String name, Supplier<Map<String, String>> environment) {
        CompletableFuture<RunningBundle> started = STARTED.computeIfAbsent(name, key ->
                CompletableFuture.supplyAsync(() -> start(key, List.of("-jar", bundleJar()), environment.get())));
        try {
            return started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static String bundleJar() {
        Path jar = Path.of(System.getProperty("hocso.bundle", "target/hocso.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No bundle at " + jar + ": build it with mvn package");
        }
        return jar.toString();
    }

    /** Starts {@code java <javaArguments>} and waits until it is ready; package-private for tests. */
    static RunningBundle start(String name, List<String> javaArguments, Map<String, String> environment) {
        try {
            Path target = Path.of(System.getProperty("hocso.target", "target"));
            Path workingDirectory = Files.createTempDirectory(Files.createDirectories(target), "bundle-" + name + "-");
            Path log = target.resolve("bundle-" + name + ".log").toAbsolutePath();
            int port = freePort();

            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // e.g. -Dhocso.bundle.jvm-options=-XX:StartFlightRecording=… to profile a benchmark's server
            String extra = System.getProperty("hocso.bundle.jvm-options", "");
            if (!extra.isBlank()) {
                command.addAll(List.of(extra.strip().split("\\s+")));
            }
            command.addAll(javaArguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> childEnvironment = builder.environment();
            childEnvironment.keySet().removeIf(variable -> variable.startsWith("HOCSO_"));
            childEnvironment.putAll(environment);
            childEnvironment.put("HOCSO_PORT", Integer.toString(port));

            RunningBundle bundle = new RunningBundle(name, builder.start(),
                    URI.create("http://localhost:" + port + "/"), log, environment);
            Runtime.getRuntime().addShutdownHook(new Thread(bundle::stop, "stop-bundle-" + name));
            bundle.awaitReady();
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start bundle " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting bundle " + name, e);
        }
    }

    private void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(baseUri.resolve("health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!answers200(client, ready)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Bundle exited with code " + process.exitValue()
                        + " before it was ready; " + log + " ends with:\n" + logTail());
            }
            if (Instant.now().isAfter(deadline)) {
                stop();
                throw new IllegalStateException("Bundle not ready at " + ready.uri() + " after "
                        + READY_TIMEOUT.toSeconds() + " s; " + log + " ends with:\n" + logTail());
            }
            Thread.sleep(500);
        }
    }

    private static boolean answers200(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
