package vn.hocso.indicators.service;

import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import vn.hocso.accounts.service.ServiceFixture;

/**
 * A hand-built year of activity in the fixture's district, written straight into the
 * tables so every figure is known in advance (ids below the sequence's start, 1000).
 */
final class Province {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final long CYBER = 1;
    static final long ECOMMERCE = 2;

    private final ServiceFixture f;
    private int nextId = 1;

    Province(ServiceFixture f) {
        this.f = f;
    }

    static Timestamp at(String vietnamTime) {
        return Timestamp.from(LocalDateTime.parse(vietnamTime.replace(' ', 'T')).atZone(VIETNAM).toInstant());
    }

    void courses() {
        course(CYBER, "an-toan", "CYBER_SAFETY");
        course(ECOMMERCE, "kinh-doanh", "E_COMMERCE");
    }

    private void course(long id, String slug, String category) {
        sql("INSERT INTO course (id, slug, title_vi, summary_vi, category, competences, hours, search_text, imported_at)"
                + " VALUES (?1, ?2, ?2, ?2, ?3, 'C1', 4, ?2, ?4)", id, slug, category, at("2024-01-01 08:00"));
    }

    /** A learner with a profile; {@code flags} is "ocop", "team" or "". */
    long learner(String username, String unit, String gender, int birthYear, String flags) {
        long id = nextId++;
        sql("INSERT INTO account (id, username, full_name, birth_year, gender, unit_id, ocop_producer, digital_team_member,"
                        + " status, created_at) VALUES (?1, ?2, ?2, ?3, ?4, (SELECT id FROM unit WHERE code = ?5), ?6, ?7, 'ACTIVE', ?8)",
                id, username, birthYear, gender, unit, flags.contains("ocop"), flags.contains("team"), at("2024-01-01 08:00"));
        return id;
    }

    /** As {@code Account.erase} leaves someone who never consented to statistics: no unit, nothing about them. */
    void erase(long account) {
        sql("UPDATE account SET unit_id = NULL, gender = NULL, birth_year = NULL, status = 'ERASED' WHERE id = ?1", account);
    }

    void statisticsConsent(long account, String withdrawnAt) {
        long id = nextId++;
        sql("INSERT INTO consent (id, account_id, purpose, given_by, notice_version, given_at)"
                + " VALUES (?1, ?2, 'STATISTICS', 'SELF', '2026-01', ?3)", id, account, at("2024-01-01 08:00"));
        if (withdrawnAt != null) {
            sql("UPDATE consent SET withdrawn_at = ?1 WHERE id = ?2", at(withdrawnAt), id);
        }
    }

    void enrolment(long account, long course, String enrolledAt, String completedAt) {
        long id = nextId++;
        sql("INSERT INTO enrolment (id, account_id, course_id, status, enrolled_at) VALUES (?1, ?2, ?3, 'IN_PROGRESS', ?4)",
                id, account, course, at(enrolledAt));
        if (completedAt != null) {
            sql("UPDATE enrolment SET status = 'COMPLETED', completed_at = ?1 WHERE id = ?2", at(completedAt), id);
        }
    }

    long trainingClass(String unit, long course, String kind, String startDate) {
        long id = nextId++;
        LocalDate start = LocalDate.parse(startDate);
        sql("INSERT INTO training_class (id, title, course_id, unit_id, kind, mode, start_date, end_date, attendance_threshold,"
                        + " points_present, points_late, points_excused, points_absent, enrolment_key, created_by, created_at)"
                        + " VALUES (?1, ?2, ?3, (SELECT id FROM unit WHERE code = ?4), ?5, 'IN_PERSON', ?6, ?7, 75, 100, 50, 50, 0,"
                        + " ?8, 'test', ?9)",
                id, "Lớp " + id, course, unit, kind, Date.valueOf(start), Date.valueOf(start.plusMonths(1)),
                "KEY" + id, at("2024-01-01 08:00"));
        return id;
    }

    long session(long classId, String startsAt) {
        long id = nextId++;
        Timestamp start = at(startsAt);
        sql("INSERT INTO class_session (id, class_id, starts_at, ends_at, checkin_secret) VALUES (?1, ?2, ?3, ?4, 'secret')",
                id, classId, start, new Timestamp(start.getTime() + 7_200_000));
        return id;
    }

    void mark(long session, long account, String status) {
        sql("INSERT INTO attendance (id, session_id, account_id, status, marked_at, marked_by) VALUES (?1, ?2, ?3, ?4, ?5, 'test')",
                nextId++, session, account, status, at("2025-01-01 08:00"));
    }

    void headCount(long event, String gender, String ageGroup, int people) {
        sql("INSERT INTO outreach_count (id, class_id, gender, age_group, people) VALUES (?1, ?2, ?3, ?4, ?5)",
                nextId++, event, gender, ageGroup, people);
    }

    private void sql(String statement, Object... parameters) {
        f.tx(() -> {
            Query query = f.entityManager().createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
