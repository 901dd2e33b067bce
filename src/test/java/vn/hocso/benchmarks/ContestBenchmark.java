package vn.hocso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.accounts.core.PasswordHasher;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;
import vn.hocso.testsupport.TestDatabase;

/**
 * Not a test but a benchmark (mvn verify -Pbenchmark): a contest of 1,000 contestants who
 * all start in the same second, each answering 20 questions with think time, against the
 * built application on PostgreSQL. Prints start and answer-save percentiles, saves per
 * second, and the ratio of saves to plain single-row JDBC inserts measured in the same run.
 * It fails only if a request fails or an acknowledged answer is not in the database.
 */
class ContestBenchmark {

    private static final int CONTESTANTS = Integer.getInteger("hocso.bench.contestants", 1000);
    private static final int QUESTIONS = 20;
    private static final int POOL = 32;
    private static final String PASSWORD = "Thi-tin-hoc-tre-2026";
    private static final Duration SATURATION = Duration.ofSeconds(10);
    /** The contest page sends contestants in over this long, so they do not all arrive in one millisecond. */
    private static final long START_SPREAD_MS = 1000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();
    private final AtomicInteger errors = new AtomicInteger();
    /** What the server acknowledged last, per attempt and question: it must be in the database at the end. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

    @TempDir
    Path folders;

    @Test
    void aThousandContestantsStartTogetherAndAnswerTwentyQuestions() throws Exception {
        RunningBundle app = RunningBundle.onPostgres();
        URI base = app.baseUri();
        DataSource database = new TestDatabase.Database(app.setting("HOCSO_DB_URL"), app.setting("HOCSO_DB_USER"),
                app.setting("HOCSO_DB_PASSWORD")).dataSource();
        double jdbcInserts = JdbcBaseline.insertsPerSecond(database, POOL, Duration.ofSeconds(5));

        long quizId = uploadContestQuiz(base);
        long seedStart = System.nanoTime();
        List<Contestant> contestants = seed(database, base);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long loginStart = System.nanoTime();
        forAll(contestants, 8, c -> c.logIn(PASSWORD));
        double loginSeconds = (System.nanoTime() - loginStart) / 1e9;
        Http organizer = Http.to(base).withBasicAuth("organizer", "hocso-demo");
        long contestId = organizer.postJson("api/contests", """
                {"title":"Hội thi Tin học trẻ (benchmark)","quizId":%d,"unitCode":"HD-NP",
                 "startsAt":"%s","durationMinutes":30}""".formatted(quizId, Instant.now().plus(Duration.ofHours(1))))
                .json().asJsonObject().getJsonNumber("id").longValue();
        long registerStart = System.nanoTime();
        forAll(contestants, 16, c -> {
            c.openPage("contest/index.xhtml?id=" + contestId);
            HttpResponse<String> entry = c.api("POST", "contests/" + contestId + "/entries", "{}").get();
            c.attemptId = Json.createReader(new StringReader(entry.body())).readObject().getJsonNumber("attemptId").longValue();
        });
        double registerSeconds = (System.nanoTime() - registerStart) / 1e9;
        // the same burst against the countdown's endpoint, served from memory: what the stack costs without the database
        Latencies memoryOnly = together(contestants, Instant.now().plusSeconds(2), c -> "contests/" + contestId, (c, body) -> { });
        Instant start = Instant.now().plusSeconds(5);
        organizer.send("PUT", "api/contests/" + contestId, "{\"startsAt\":\"" + start + "\"}");

        Latencies starts = together(contestants, start, c -> "attempts/" + c.attemptId, Contestant::read);
        Latencies saves = new Latencies();
        long answerStart = System.nanoTime();
        answerWithThinkTime(contestants, saves);
        double answerSeconds = (System.nanoTime() - answerStart) / 1e9;
        double savesWithThinkTime = saves.count() / answerSeconds;
        // every contestant re-answers without thinking
        double saturated = saturate(contestants, (c, round) -> save(c, round % QUESTIONS, 1 + round % 4, 100 + round));
        // the ceiling of this stack on this machine: the same loop on an endpoint that reads no database
        double ceiling = saturate(contestants, (c, round) -> c.api("GET", "contests/" + contestId, null));
        forAll(contestants, 32, c -> check(c.api("POST", "attempts/" + c.attemptId + "/submit", "{}").get()));
        long lost = lostAnswers(database);

        double ratio = saturated / jdbcInserts;
        String report = """
                === Contest benchmark: %d contestants x %d answers, %d cores ===
                setup: accounts seeded in %.1f s; logins (PBKDF2, 8 at a time) %.1f s; registrations (papers made) %.1f s
                start (in the second from %s):   %s   target p95 < 1000 ms: %s
                the same burst on the contest's in-memory endpoint (no database): %s
                answer save:         %s
                saves with think time: %.0f /s over %.1f s
                saves saturated (no think time, %d s): %.0f /s
                the same loop on the contest's in-memory endpoint (no database): %.0f /s
                plain JDBC single-row inserts, %d threads: %.0f /s
                ratio saturated saves / JDBC inserts: %.2f   target >= 0.5: %s
                errors: %d   lost answers: %d
                """.formatted(CONTESTANTS, QUESTIONS, Runtime.getRuntime().availableProcessors(), seedSeconds, loginSeconds,
                registerSeconds, start, starts.summary(), starts.percentile(95) < 1000 ? "met" : "NOT met", memoryOnly.summary(),
                saves.summary(),
                savesWithThinkTime, answerSeconds, SATURATION.toSeconds(), saturated, ceiling, POOL, jdbcInserts, ratio,
                ratio >= 0.5 ? "met" : "NOT met", errors.get(), lost);
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("hocso.target", "target"), "contest-benchmark.txt"), report);
        assertThat(errors.get()).as("failed requests").isZero();
        assertThat(lost).as("acknowledged answers missing from the database").isZero();
    }

    private long uploadContestQuiz(URI base) {
        StringBuilder gift = new StringBuilder("$CATEGORY: hoi-thi/tin-hoc\n\n");
        for (int i = 1; i <= QUESTIONS; i++) {
            gift.append("::Câu %d:: Câu hỏi số %d? {=Đúng ~Sai một ~Sai hai ~Sai ba}\n\n".formatted(i, i));
        }
        byte[] zip = CourseFolder.valid(folders, "hoi-thi-tin-hoc").write("quizzes/final.gift", gift.toString()).zip(true);
        Http admin = Http.to(base).withBasicAuth("admin", "hocso-demo");
        Http.Response uploaded = admin.postBytes("api/courses/import?name=hoi-thi-tin-hoc.zip", "application/zip", zip);
        return uploaded.json().asJsonObject().getJsonArray("quizzes").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Contestants straight into the database (one password hash for all: logins are not what is measured). */
    private List<Contestant> seed(DataSource database, URI base) throws SQLException {
        String hash = new PasswordHasher().hash(PASSWORD);
        List<Contestant> contestants = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            long unit;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM unit WHERE code = 'X-PT'")) {
                r.next();
                unit = r.getLong(1);
            }
            try (PreparedStatement account = c.prepareStatement("INSERT INTO account (id, username, password_hash, full_name,"
                    + " birth_year, gender, unit_id, status, created_at) VALUES (?, ?, ?, ?, 2008, 'MALE', ?, 'ACTIVE', now())");
                 PreparedStatement role = c.prepareStatement(
                         "INSERT INTO role_grant (id, account_id, role, unit_id) VALUES (?, ?, 'LEARNER', ?)")) {
                IdBlock ids = new IdBlock(c);
                for (int i = 0; i < CONTESTANTS; i++) {
                    String username = "thisinh%04d".formatted(i);
                    long id = ids.next();
                    account.setLong(1, id);
                    account.setString(2, username);
                    account.setString(3, hash);
                    account.setString(4, "Thí sinh " + i);
                    account.setLong(5, unit);
                    account.addBatch();
                    role.setLong(1, ids.next());
                    role.setLong(2, id);
                    role.setLong(3, unit);
                    role.addBatch();
                    contestants.add(new Contestant(username, http, base));
                }
                account.executeBatch();
                role.executeBatch();
            }
            c.commit();
        }
        return contestants;
    }

    /**
     * Every contestant GETs {@code path} within the second from {@code start}, as the contest
     * page does with the paper (it spreads arrivals over a second); latency counts from each
     * request's sending.
     */
    private Latencies together(List<Contestant> contestants, Instant start, Function<Contestant, String> path,
                               BiConsumer<Contestant, String> reader) throws InterruptedException {
        Latencies latencies = new Latencies();
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
        CountDownLatch done = new CountDownLatch(contestants.size());
        long untilStart = Math.max(0, Duration.between(Instant.now(), start).toMillis());
        for (Contestant c : contestants) {
            timers.schedule(() -> {
                long sent = System.nanoTime();
                c.api("GET", path.apply(c), null).whenComplete((response, failure) -> {
                    latencies.record(sent);
                    if (check(response, failure)) {
                        reader.accept(c, response.body());
                    }
                    done.countDown();
                });
            }, untilStart + ThreadLocalRandom.current().nextLong(START_SPREAD_MS), TimeUnit.MILLISECONDS);
        }
        done.await(5, TimeUnit.MINUTES);
        timers.shutdownNow();
        return latencies;
    }

    /** Each contestant answers every question in turn, thinking 0.5 to 2.5 s before each answer. */
    private void answerWithThinkTime(List<Contestant> contestants, Latencies saves) throws InterruptedException {
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
        CountDownLatch done = new CountDownLatch(contestants.size());
        for (Contestant c : contestants) {
            scheduleAnswer(timers, c, 0, saves, done);
        }
        done.await(10, TimeUnit.MINUTES);
        timers.shutdownNow();
    }

    private void scheduleAnswer(ScheduledExecutorService timers, Contestant c, int index, Latencies saves, CountDownLatch done) {
        if (c.questions == null || index >= c.questions.size()) {
            done.countDown();
            return;
        }
        timers.schedule(() -> {
            long sent = System.nanoTime();
            save(c, index, 1 + ThreadLocalRandom.current().nextInt(4), index + 1).whenComplete((ok, failure) -> {
                saves.record(sent);
                scheduleAnswer(timers, c, index + 1, saves, done);
            });
        }, ThreadLocalRandom.current().nextLong(500, 2500), TimeUnit.MILLISECONDS);
    }

    private CompletableFuture<Boolean> save(Contestant c, int index, int choice, long seq) {
        long question = c.questions.getJsonObject(index).getJsonNumber("id").longValue();
        String json = String.valueOf(choice);
        return c.api("PUT", "attempts/" + c.attemptId + "/answers/" + question, "{\"response\":" + json + ",\"seq\":" + seq + "}")
                .handle((response, failure) -> {
                    boolean ok = check(response, failure);
                    if (ok) {
                        acknowledged.merge(c.attemptId + "/" + question, seq + ":" + json,
                                (old, mine) -> Long.parseLong(old.split(":")[0]) > seq ? old : mine);
                    }
                    return ok;
                });
    }

    /** One request of a saturating loop: a contestant's round-th. */
    private interface Round {
        CompletableFuture<?> send(Contestant contestant, int round);
    }

    /** Requests per second when every contestant sends the next as soon as the last is answered. */
    private double saturate(List<Contestant> contestants, Round request) throws InterruptedException {
        AtomicLong completed = new AtomicLong();
        long end = System.nanoTime() + SATURATION.toNanos();
        CountDownLatch done = new CountDownLatch(contestants.size());
        long started = System.nanoTime();
        for (Contestant c : contestants) {
            loop(c, 0, request, end, completed, done);
        }
        done.await(5, TimeUnit.MINUTES);
        return completed.get() / ((System.nanoTime() - started) / 1e9);
    }

    private void loop(Contestant c, int round, Round request, long end, AtomicLong completed, CountDownLatch done) {
        if (System.nanoTime() >= end || c.questions == null) {
            done.countDown();
            return;
        }
        request.send(c, round).whenComplete((ok, failure) -> {
            completed.incrementAndGet();
            loop(c, round + 1, request, end, completed, done);
        });
    }

    /** Acknowledged answers that the database does not hold as acknowledged. */
    private long lostAnswers(DataSource database) throws SQLException {
        long lost = 0;
        try (Connection c = database.getConnection();
             PreparedStatement read = c.prepareStatement("SELECT response, response_seq FROM attempt_question"
                     + " WHERE attempt_id = ? AND question_id = ?")) {
            for (Map.Entry<String, String> answer : acknowledged.entrySet()) {
                String[] key = answer.getKey().split("/");
                read.setLong(1, Long.parseLong(key[0]));
                read.setLong(2, Long.parseLong(key[1]));
                try (ResultSet r = read.executeQuery()) {
                    String expected = answer.getValue();
                    if (!r.next() || !(r.getLong(2) + ":" + r.getString(1)).equals(expected)) {
                        lost++;
                    }
                }
            }
        }
        return lost;
    }

    private boolean check(HttpResponse<String> response) {
        return check(response, null);
    }

    private boolean check(HttpResponse<String> response, Throwable failure) {
        if (failure != null || response.statusCode() >= 300) {
            if (errors.incrementAndGet() <= 5) {
                System.out.println("failed: " + (failure != null ? failure : response.statusCode() + " " + response.body()));
            }
            return false;
        }
        return true;
    }

    private interface Step {
        void run(Contestant contestant) throws Exception;
    }

    private void forAll(List<Contestant> contestants, int parallel, Step step) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(parallel);
        for (Contestant c : contestants) {
            workers.submit(() -> {
                try {
                    step.run(c);
                } catch (Exception e) {
                    check(null, e);
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.MINUTES);
    }
}
