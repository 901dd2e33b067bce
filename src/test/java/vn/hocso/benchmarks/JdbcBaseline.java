package vn.hocso.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The reference for answer saves: plain single-row INSERTs (each its own transaction) into
 * PostgreSQL from as many threads as the server's connection pool has connections.
 */
final class JdbcBaseline {

    private JdbcBaseline() {
    }

    static double insertsPerSecond(DataSource database, int threads, Duration duration) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_insert (id BIGSERIAL PRIMARY KEY, attempt BIGINT, question BIGINT,"
                    + " response VARCHAR(200), saved_at TIMESTAMP)");
        }
        AtomicLong inserted = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long worker = t;
            workers.add(new Thread(() -> {
                try (Connection c = database.getConnection();
                     PreparedStatement insert = c.prepareStatement(
                             "INSERT INTO bench_insert (attempt, question, response, saved_at) VALUES (?, ?, ?, now())")) {
                    for (long i = 0; System.nanoTime() < end; i++) {
                        insert.setLong(1, worker);
                        insert.setLong(2, i);
                        insert.setString(3, "\"12\"");
                        insert.executeUpdate();
                        inserted.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        return inserted.get() / ((System.nanoTime() - start) / 1e9);
    }
}
