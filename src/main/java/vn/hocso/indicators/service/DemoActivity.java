package vn.hocso.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.courses.service.CoursesReady;
import vn.hocso.platform.i18n.Dates;

/**
 * In demo mode, two years of activity in the demo district, so the indicator dashboard has
 * something to show: learners with profiles and consents, course completions, classes with
 * sessions and attendance, outreach events. Written with ids far above the sequence's, once.
 */
@ApplicationScoped
public class DemoActivity {

    private static final Logger LOG = Logger.getLogger(DemoActivity.class.getName());
    private static final long FIRST_ID = 900_000_000L;
    private static final List<String> UNITS = List.of("X-PD", "X-PH", "X-PT", "CD-KP1", "CD-HS", "TH-PVD");
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Huỳnh", "Võ", "Chăm");
    private static final List<String> GIVEN = List.of("Thị Hoa", "Văn Nam", "Thị Lan", "Minh Tuấn", "Thị Ngọc", "Văn Hùng",
            "Thị Thu", "Quốc Bảo", "Thị Yến", "Văn Lực");
    private static final String[] STATUSES = {"PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT",
        "PRESENT", "LATE", "EXCUSED", "ABSENT"};

    @Inject
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    @ConfigProperty(name = "hocso.demo", defaultValue = "false")
    private boolean demo;

    private long nextId = FIRST_ID;
    private final Random random = new Random(273);

    @Transactional
    void onCoursesReady(@Observes CoursesReady ready) {
        if (!demo || count("SELECT COUNT(*) FROM account WHERE id >= " + FIRST_ID) > 0
                || count("SELECT COUNT(*) FROM course") == 0) {
            return;
        }
        Map<String, Long> courses = courses();
        int thisYear = LocalDate.now(clock.withZone(Dates.VIETNAM)).getYear();
        List<Long> learners = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            learners.add(learner(i));
        }
        for (long learner : learners) {
            enrolments(learner, courses);
        }
        for (int year = thisYear - 1; year <= thisYear; year++) {
            trainingClass("X-PH", courses.get("CYBER_SAFETY"), "Tập huấn an toàn trên không gian mạng " + year,
                    LocalDate.of(year, 3, 14), learners);
            trainingClass("X-PD", courses.get("CYBER_SAFETY"), "Bảo vệ dữ liệu cá nhân cho đoàn viên " + year,
                    LocalDate.of(year, 9, 12), learners);
            trainingClass("HD-NP", courses.get("E_COMMERCE"), "Bán sản phẩm OCOP trên sàn thương mại điện tử " + year,
                    LocalDate.of(year, 6, 6), learners);
            trainingClass("TH-PVD", courses.get("DIGITAL_BASICS"), "Kỹ năng số cho học sinh " + year,
                    LocalDate.of(year, 10, 10), learners);
            outreach("X-PT", courses.get("DIGITAL_SERVICES"), "Ngày thứ Bảy tình nguyện dịch vụ công " + year,
                    LocalDate.of(year, 4, 18));
            outreach("X-PH", courses.get("DIGITAL_SERVICES"), "Tuyên truyền chuyển đổi số lưu động " + year,
                    LocalDate.of(year, 8, 22));
        }
        LOG.info("Demo activity loaded: " + learners.size() + " learners with courses, classes and outreach events");
    }

    private Map<String, Long> courses() {
        Map<String, Long> byCategory = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT category, MIN(id) FROM course GROUP BY category").getResultList()) {
            Object[] values = (Object[]) row;
            byCategory.put((String) values[0], ((Number) values[1]).longValue());
        }
        return byCategory;
    }

    private long learner(int i) {
        long id = nextId++;
        boolean woman = random.nextBoolean();
        String name = FAMILY.get(random.nextInt(FAMILY.size())) + " " + GIVEN.get(random.nextInt(GIVEN.size()));
        int birthYear = 1986 + random.nextInt(27);
        sql("INSERT INTO account (id, username, full_name, birth_year, gender, unit_id, union_member, union_official,"
                        + " ocop_producer, digital_team_member, difficult_area, status, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, (SELECT id FROM unit WHERE code = ?6), ?7, ?8, ?9, ?10, ?11, 'ACTIVE', ?12)",
                id, "demo-hv-" + (i + 1), name, birthYear, woman ? "FEMALE" : "MALE", UNITS.get(i % UNITS.size()),
                random.nextInt(10) < 7, random.nextInt(10) == 0, random.nextInt(5) == 0, random.nextInt(7) == 0,
                random.nextInt(4) == 0, at(LocalDate.of(2024, 12, 1), 8));
        consent(id, "TRAINING");
        if (random.nextInt(4) != 0) {
            consent(id, "STATISTICS");
        }
        return id;
    }

    private void consent(long account, String purpose) {
        sql("INSERT INTO consent (id, account_id, purpose, given_by, notice_version, given_at)"
                + " VALUES (?1, ?2, ?3, 'SELF', '2026-01', ?4)", nextId++, account, purpose, at(LocalDate.of(2024, 12, 1), 8));
        if ("TRAINING".equals(purpose)) {
            sql("INSERT INTO role_grant (id, account_id, role) VALUES (?1, ?2, 'LEARNER')", nextId++, account);
        }
    }

    private void enrolments(long learner, Map<String, Long> courses) {
        List<Long> ids = new ArrayList<>(courses.values());
        Collections.shuffle(ids, random);
        for (long course : ids.subList(0, 1 + random.nextInt(2))) {
            Instant enrolled = pastDay(random.nextInt(600) + 20);
            long id = nextId++;
            sql("INSERT INTO enrolment (id, account_id, course_id, status, enrolled_at) VALUES (?1, ?2, ?3, 'IN_PROGRESS', ?4)",
                    id, learner, course, Timestamp.from(enrolled));
            Instant completed = enrolled.plus(Duration.ofDays(7 + random.nextInt(30)));
            if (random.nextInt(10) < 6 && completed.isBefore(clock.instant())) {
                sql("UPDATE enrolment SET status = 'COMPLETED', completed_at = ?1 WHERE id = ?2", Timestamp.from(completed), id);
            }
        }
    }

    /** A class of three weekly sessions with some of the learners; only sessions already past get marks. */
    private void trainingClass(String unit, Long course, String title, LocalDate start, List<Long> learners) {
        if (course == null) {
            return;
        }
        long classId = newClass(unit, course, title, "TRAINING", start);
        List<Long> members = new ArrayList<>(learners);
        Collections.shuffle(members, random);
        members = members.subList(0, 18 + random.nextInt(12));
        for (long member : members) {
            sql("INSERT INTO class_member (id, class_id, account_id, joined_at, joined_by) VALUES (?1, ?2, ?3, ?4, 'IMPORT')",
                    nextId++, classId, member, at(start.minusDays(7), 8));
        }
        for (int week = 0; week < 3; week++) {
            Instant startsAt = start.plusWeeks(week).atTime(LocalTime.of(8, 0)).atZone(Dates.VIETNAM).toInstant();
            long session = nextId++;
            sql("INSERT INTO class_session (id, class_id, starts_at, ends_at, checkin_secret) VALUES (?1, ?2, ?3, ?4, ?5)",
                    session, classId, Timestamp.from(startsAt), Timestamp.from(startsAt.plus(Duration.ofHours(2))),
                    Long.toHexString(random.nextLong()));
            if (startsAt.isAfter(clock.instant())) {
                continue;
            }
            for (long member : members) {
                sql("INSERT INTO attendance (id, session_id, account_id, status, marked_at, marked_by)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5, 'trainer')", nextId++, session, member,
                        STATUSES[random.nextInt(STATUSES.length)], Timestamp.from(startsAt.plus(Duration.ofMinutes(20))));
            }
        }
    }

    private void outreach(String unit, Long course, String title, LocalDate day) {
        if (course == null || day.atStartOfDay(Dates.VIETNAM).toInstant().isAfter(clock.instant())) {
            return;
        }
        long event = newClass(unit, course, title, "OUTREACH", day);
        for (String gender : List.of("MALE", "FEMALE")) {
            for (String age : List.of("UNDER_16", "FROM_16_TO_30", "OVER_30")) {
                sql("INSERT INTO outreach_count (id, class_id, gender, age_group, people) VALUES (?1, ?2, ?3, ?4, ?5)",
                        nextId++, event, gender, age, 5 + random.nextInt(60));
            }
        }
    }

    private long newClass(String unit, long course, String title, String kind, LocalDate start) {
        long id = nextId++;
        sql("INSERT INTO training_class (id, title, course_id, unit_id, kind, mode, location, start_date, end_date,"
                        + " attendance_threshold, points_present, points_late, points_excused, points_absent, enrolment_key,"
                        + " created_by, created_at) VALUES (?1, ?2, ?3, (SELECT id FROM unit WHERE code = ?4), ?5, 'IN_PERSON',"
                        + " 'Hội trường', ?6, ?7, 80, 100, 50, 50, 0, ?8, 'organizer', ?9)",
                id, title, course, unit, kind, Date.valueOf(start), Date.valueOf(start.plusWeeks(3)), "DEMO" + (id - FIRST_ID),
                at(start.minusDays(14), 8));
        return id;
    }

    private Instant pastDay(int daysAgo) {
        return clock.instant().minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(random.nextInt(600)));
    }

    private static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(hour, 0).atZone(Dates.VIETNAM).toInstant());
    }

    private long count(String query) {
        return ((Number) em.createNativeQuery(query).getSingleResult()).longValue();
    }

    private void sql(String statement, Object... parameters) {
        Query query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
