package vn.hocso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.hocso.testsupport.Http;
import vn.hocso.testsupport.RunningBundle;
import vn.hocso.testsupport.TestDatabase;

/**
 * A district imports a 10,000-line roster (preview, then commit) into a class, and the same
 * rows (accounts, their learner role, class places, course enrolments) go into PostgreSQL
 * with a plain JDBC batch in one transaction, measured in the same run.
 */
class RosterImportBenchmark {

    private static final int ROWS = Integer.getInteger("hocso.bench.rosterRows", 10_000);

    @Test
    void tenThousandRosterLinesImportAtLeastAQuarterAsFastAsAPlainJdbcBatch() throws Exception {
        RunningBundle app = RunningBundle.onPostgres();
        DataSource database = new TestDatabase.Database(app.setting("HOCSO_DB_URL"), app.setting("HOCSO_DB_USER"),
                app.setting("HOCSO_DB_PASSWORD")).dataSource();
        Http organizer = Http.to(app.baseUri()).withBasicAuth("organizer", "hocso-demo");
        long classId = newClass(organizer, "Tập huấn kỹ năng số toàn huyện (benchmark)");
        byte[] csv = roster("0971").getBytes(StandardCharsets.UTF_8);

        long previewStart = System.nanoTime();
        Http.Response preview = organizer.postBytes("api/classes/" + classId + "/roster/import?commit=false&name=roster.csv",
                "text/csv", csv);
        double previewSeconds = (System.nanoTime() - previewStart) / 1e9;
        long commitStart = System.nanoTime();
        Http.Response commit = organizer.postBytes("api/classes/" + classId + "/roster/import?commit=true&name=roster.csv",
                "text/csv", csv);
        double commitSeconds = (System.nanoTime() - commitStart) / 1e9;
        long jdbcClass = newClass(organizer, "Lớp đối chứng JDBC (benchmark)");
        double jdbcSeconds = jdbcBatch(database, jdbcClass, "0972");

        double importRate = ROWS / (previewSeconds + commitSeconds);
        double jdbcRate = ROWS / jdbcSeconds;
        double ratio = importRate / jdbcRate;
        String report = """
                === Roster import benchmark: %d lines, %d cores ===
                preview: %.2f s   commit: %.2f s   together %.0f lines/s
                plain JDBC batch of the same rows (account, role, class place, enrolment), one transaction: %.2f s, %.0f lines/s
                ratio import / JDBC: %.2f   target >= 0.25: %s
                """.formatted(ROWS, Runtime.getRuntime().availableProcessors(), previewSeconds, commitSeconds, importRate,
                jdbcSeconds, jdbcRate, ratio, ratio >= 0.25 ? "met" : "NOT met");
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("hocso.target", "target"), "roster-benchmark.txt"), report);

        assertThat(preview.status()).isEqualTo(200);
        assertThat(commit.status()).as(commit.body()).isEqualTo(200);
        JsonObject committed = commit.json().asJsonObject();
        assertThat(committed.getInt("joined")).isEqualTo(ROWS);
        assertThat(members(database, classId)).isEqualTo(ROWS);
    }

    private static long newClass(Http organizer, String title) {
        LocalDate today = LocalDate.now();
        return organizer.postJson("api/classes", """
                {"title":"%s","courseSlug":"ky-nang-so-co-ban","unitCode":"HD-NP","startDate":"%s","endDate":"%s"}"""
                .formatted(title, today, today.plusDays(30))).json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static String roster(String phonePrefix) {
        StringBuilder csv = new StringBuilder("Họ và tên,Điện thoại,Năm sinh,Giới tính,Đơn vị,Đoàn viên,Chủ thể OCOP\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("Nguyễn Thị Học Viên ").append(i).append(',').append(phone(phonePrefix, i)).append(',')
                    .append(1980 + i % 25).append(',').append(i % 2 == 0 ? "Nữ" : "Nam").append(",X-PH,")
                    .append(i % 3 == 0 ? "Có" : "Không").append(',').append(i % 7 == 0 ? "Có" : "Không").append('\n');
        }
        return csv.toString();
    }

    private static String phone(String prefix, int i) {
        return prefix + "%06d".formatted(i);
    }

    /** The rows the import writes, written with JDBC batches in one transaction; seconds taken. */
    private static double jdbcBatch(DataSource database, long classId, String phonePrefix) throws SQLException {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            long unit;
            long course;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT u.id, c.course_id FROM unit u, training_class c "
                         + "WHERE u.code = 'X-PH' AND c.id = " + classId)) {
                r.next();
                unit = r.getLong(1);
                course = r.getLong(2);
            }
            long start = System.nanoTime();
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement account = c.prepareStatement("INSERT INTO account (id, username, full_name, birth_year, gender,"
                    + " unit_id, union_member, ocop_producer, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)");
                 PreparedStatement role = c.prepareStatement(
                         "INSERT INTO role_grant (id, account_id, role, unit_id) VALUES (?, ?, 'LEARNER', NULL)");
                 PreparedStatement member = c.prepareStatement("INSERT INTO class_member (id, class_id, account_id, joined_at,"
                         + " joined_by) VALUES (?, ?, ?, ?, 'IMPORT')");
                 PreparedStatement enrolment = c.prepareStatement("INSERT INTO enrolment (id, account_id, course_id, status,"
                         + " enrolled_at) VALUES (?, ?, ?, 'IN_PROGRESS', ?)")) {
                IdBlock ids = new IdBlock(c);
                for (int i = 0; i < ROWS; i++) {
                    long id = ids.next();
                    account.setLong(1, id);
                    account.setString(2, phone(phonePrefix, i));
                    account.setString(3, "Nguyễn Thị Học Viên " + i);
                    account.setInt(4, 1980 + i % 25);
                    account.setString(5, i % 2 == 0 ? "FEMALE" : "MALE");
                    account.setLong(6, unit);
                    account.setBoolean(7, i % 3 == 0);
                    account.setBoolean(8, i % 7 == 0);
                    account.setTimestamp(9, now);
                    account.addBatch();
                    role.setLong(1, ids.next());
                    role.setLong(2, id);
                    role.addBatch();
                    member.setLong(1, ids.next());
                    member.setLong(2, classId);
                    member.setLong(3, id);
                    member.setTimestamp(4, now);
                    member.addBatch();
                    enrolment.setLong(1, ids.next());
                    enrolment.setLong(2, id);
                    enrolment.setLong(3, course);
                    enrolment.setTimestamp(4, now);
                    enrolment.addBatch();
                }
                account.executeBatch();
                role.executeBatch();
                member.executeBatch();
                enrolment.executeBatch();
            }
            c.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static long members(DataSource database, long classId) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM class_member WHERE class_id = " + classId)) {
            r.next();
            return r.getLong(1);
        }
    }
}
