package vn.hocso.classes.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocso.accounts.core.Actor;
import vn.hocso.accounts.core.Gender;
import vn.hocso.accounts.model.Account;
import vn.hocso.accounts.service.Accounts;
import vn.hocso.accounts.service.ServiceFixture;
import vn.hocso.classes.core.AgeGroup;
import vn.hocso.classes.core.AttendancePoints;
import vn.hocso.classes.core.AttendanceStatus;
import vn.hocso.classes.core.ClassDetails;
import vn.hocso.classes.core.ClassKind;
import vn.hocso.classes.core.ClassMode;
import vn.hocso.classes.core.RosterLine;
import vn.hocso.classes.core.SessionPlan;
import vn.hocso.classes.model.Attendance;
import vn.hocso.classes.model.AttendanceChange;
import vn.hocso.classes.model.ClassMember;
import vn.hocso.classes.model.ClassSession;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.courses.content.CourseFolder;
import vn.hocso.courses.model.EnrolmentStatus;
import vn.hocso.courses.service.CatalogService;
import vn.hocso.courses.service.CourseImportService;
import vn.hocso.courses.service.EnrolmentService;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.quizzes.service.QuestionBankService;
import vn.hocso.testsupport.DirectEvent;

class ClassServicesTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String COURSE = "an-toan";

    private final ServiceFixture f = ServiceFixture.withUnits();
    private final CatalogService catalog = new CatalogService(f.entityManager());
    private final ClassService classes = new ClassService(f.entityManager(), f.clock, f.units, f.accounts(), catalog, f.audit());
    private final RosterService rosters = new RosterService(f.entityManager(), f.clock, classes, f.accounts(), f.audit());
    private final DirectEvent<ClassCompleted> classCompletions = new DirectEvent<>();
    private final ClassCompletion completion = new ClassCompletion(f.entityManager(), f.clock, classCompletions);
    private final AttendanceService attendance = new AttendanceService(f.entityManager(), f.clock, classes, rosters,
            f.accounts(), completion);
    private final ClassSheets sheets = new ClassSheets(f.clock, classes, attendance);
    private final EnrolmentService enrolments = new EnrolmentService(f.entityManager(), f.clock, f.accounts(), catalog,
            f.completions());
    private Actor trainer;
    private Actor learner;
    private long classId;
    private List<ClassSession> sessions;

    @TempDir
    Path root;

    @BeforeEach
    void aFourWeekClassOfACommuneWithItsTrainer() {
        CourseFolder.valid(root, COURSE).edit("course.yaml", "  quiz: final.gift\n", "");
        f.tx(() -> new CourseImportService(f.entityManager(), f.clock, f.audit(), new QuestionBankService(f.entityManager(), f.clock))
                .importFolder(root));
        f.completions().observe(completion::courseCompleted);
        trainer = f.trainer("0903111222", "Trần Văn Giảng", "X-PH");
        learner = Accounts.toActor(f.learner("0911222333", "Lò Thị Hoa", "CD-HS"));
        TrainingClass created = f.tx(() -> classes.create(trainer, details(null), COURSE, "X-PH"));
        classId = created.getId();
        LocalDate firstSaturday = LocalDate.ofInstant(f.clock.instant(), VIETNAM).plusDays(1);
        sessions = f.tx(() -> classes.addSessions(trainer, classId, new SessionPlan(firstSaturday, LocalTime.of(8, 0),
                LocalTime.of(10, 0), java.util.Set.of(firstSaturday.getDayOfWeek()), 4)));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ClassDetails details(Integer capacity) {
        LocalDate today = LocalDate.ofInstant(f.clock.instant(), VIETNAM);
        return new ClassDetails("Lớp an toàn mạng xã Phước Hậu", ClassKind.TRAINING, ClassMode.IN_PERSON, "Hội trường xã",
                capacity, today, today.plusWeeks(5), 75, AttendancePoints.DEFAULT);
    }

    private static void assertFails(Failure failure, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.failure()).isEqualTo(failure));
    }

    private void at(ClassSession session, Duration after) {
        f.clock.advance(Duration.between(f.clock.instant(), session.getStartsAt().plus(after)));
    }

    private byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTrainerCreatingAClassRunsItAndItsSessionsRepeatWeekly() {
        TrainingClass created = f.tx(() -> classes.get(trainer, classId));

        assertThat(created.isTrainer("0903111222")).isTrue();
        assertThat(created.getEnrolmentKey()).hasSize(8).doesNotContain("0", "O", "1", "I");
        assertThat(sessions).hasSize(4);
        assertThat(Duration.between(sessions.get(0).getStartsAt(), sessions.get(3).getStartsAt())).isEqualTo(Duration.ofDays(21));
    }

    @Test
    void aTrainerOfOneClassCannotTouchAnotherUnitsClassNorAnOrganizerOfAnotherCommune() {
        Actor otherTrainer = f.trainer("0903999888", "Phạm Văn Khác", "X-PD");
        long otherClass = f.tx(() -> classes.create(otherTrainer, details(null), COURSE, "X-PD")).getId();
        Actor organizerElsewhere = f.organizer("0904555666", "X-PD");

        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> classes.get(trainer, otherClass)));
        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> rosters.add(trainer, otherClass, "0911222333")));
        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> classes.create(trainer, details(null), COURSE, "X-PD")));
        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> attendance.mark(organizerElsewhere, sessions.get(0).getId(),
                new AttendanceService.Mark("0911222333", AttendanceStatus.PRESENT, null, null), AttendanceChange.Source.API)));
        assertThat(f.tx(() -> classes.list(trainer, null, null))).extracting(TrainingClass::getId).containsExactly(classId);
        Actor district = f.organizer("0904777888", "HD-NP");
        assertThat(f.tx(() -> classes.list(district, "HD-NP", null))).hasSize(2);
    }

    @Test
    void aRosterImportCreatesAccountsWithoutPasswordsAndMatchesExistingOnesInOneGo() {
        byte[] file = csv("""
                Họ và tên,Điện thoại,Năm sinh,Giới tính,Đơn vị
                Lò Thị Hoa,0911 222 333,1995,Nữ,
                Nguyễn Văn An,0987000111,2000,Nam,Đoàn xã Phước Hậu
                Sai Số,123,,,
                """);

        List<RosterLine> preview = f.tx(() -> rosters.preview(trainer, classId, "lop.csv", file));
        assertThat(preview).extracting(RosterLine::status).containsExactly(RosterLine.Status.MATCHED,
                RosterLine.Status.NEW, RosterLine.Status.REJECTED);
        assertThat(f.tx(() -> classes.roster(trainer, classId))).as("a preview stores nothing").isEmpty();

        RosterService.Imported imported = f.tx(() -> rosters.commit(trainer, classId, "lop.csv", file));

        assertThat(imported.joined()).isEqualTo(2);
        assertThat(imported.created()).isEqualTo(1);
        assertThat(f.tx(() -> classes.roster(trainer, classId))).extracting(m -> m.getAccount().getUsername())
                .containsExactlyInAnyOrder("0911222333", "0987000111");
        Account an = f.tx(() -> f.accounts().get("0987000111"));
        assertThat(an.getPasswordHash()).isNull();
        assertThat(an.getBirthYear()).isEqualTo(2000);
        assertThat(an.getUnit().getCode()).isEqualTo("X-PH");
        assertThat(f.tx(() -> rosters.preview(trainer, classId, "lop.csv", file))).extracting(RosterLine::reasonKey)
                .containsExactly("roster.alreadyEnrolled", "roster.alreadyEnrolled", "roster.badPhone");
    }

    @Test
    void anImportThatWouldOverfillTheClassImportsNobody() {
        f.tx(() -> classes.update(trainer, classId, details(2), "X-PH"));
        f.tx(() -> rosters.add(trainer, classId, "0911222333"));

        assertFails(Failure.CONFLICT, () -> f.tx(() -> rosters.commit(trainer, classId, "lop.csv", csv("""
                Họ và tên,Điện thoại
                Nguyễn Văn An,0987000111
                Trần Thị Bé,0987000222
                """))));

        assertThat(f.tx(() -> classes.roster(trainer, classId))).hasSize(1);
        assertThat(f.tx(() -> f.accounts().find("0987000111"))).as("no account made either").isEmpty();
    }

    @Test
    void selfCheckInTakesOnlyTheCurrentCodeOfThisSessionWhileItRuns() {
        String key = f.tx(() -> classes.get(trainer, classId)).getEnrolmentKey();
        f.tx(() -> rosters.join(learner, key.toLowerCase()));
        ClassSession first = sessions.get(0);
        ClassSession second = sessions.get(1);

        at(first, Duration.ofMinutes(-5));
        String early = first.checkInCode().at(f.clock.instant());
        assertFails(Failure.CONFLICT, () -> f.tx(() -> attendance.checkIn(learner, first.getId(), early)));

        at(first, Duration.ofMinutes(5));
        String photographed = first.checkInCode().at(f.clock.instant());
        assertFails(Failure.CONFLICT, () -> f.tx(() -> attendance.checkIn(learner, first.getId(),
                second.checkInCode().at(f.clock.instant()))));
        f.clock.advance(Duration.ofSeconds(45));
        assertFails(Failure.CONFLICT, () -> f.tx(() -> attendance.checkIn(learner, first.getId(), photographed)));

        Attendance checkedIn = f.tx(() -> attendance.checkIn(learner, first.getId(), first.checkInCode().at(f.clock.instant())));
        assertThat(checkedIn.getStatus()).isEqualTo(AttendanceStatus.PRESENT);

        at(second, Duration.ofMinutes(20));
        assertThat(f.tx(() -> attendance.checkIn(learner, second.getId(), second.checkInCode().at(f.clock.instant())))
                .getStatus()).as("twenty minutes after the start").isEqualTo(AttendanceStatus.LATE);
        Actor stranger = Accounts.toActor(f.learner("0911999000", "Người Lạ", "CD-HS"));
        assertFails(Failure.FORBIDDEN, () -> f.tx(() -> attendance.checkIn(stranger, second.getId(),
                second.checkInCode().at(f.clock.instant()))));
    }

    @Test
    void offlineMarksSyncWithoutDuplicatesAnOlderMarkNeverUndoesANewerOneAndEveryChangeIsKept() {
        f.tx(() -> rosters.add(trainer, classId, "0911222333"));
        ClassSession first = sessions.get(0);
        at(first, Duration.ofMinutes(10));
        Instant tapped = f.clock.instant();
        f.clock.advance(Duration.ofMinutes(30));
        List<AttendanceService.Mark> batch = List.of(
                new AttendanceService.Mark("0911222333", AttendanceStatus.LATE, "Đến muộn 10 phút", tapped));

        f.tx(() -> attendance.sync(trainer, first.getId(), batch));
        f.tx(() -> attendance.sync(trainer, first.getId(), batch));
        f.tx(() -> attendance.mark(trainer, first.getId(),
                new AttendanceService.Mark("0911222333", AttendanceStatus.PRESENT, null, null), AttendanceChange.Source.TRAINER));
        f.tx(() -> attendance.sync(trainer, first.getId(), batch));

        assertThat(f.tx(() -> attendance.marks(trainer, classId))).singleElement()
                .satisfies(mark -> assertThat(mark.getStatus()).isEqualTo(AttendanceStatus.PRESENT));
        assertThat(f.tx(() -> attendance.history(trainer, first.getId()))).satisfiesExactly(
                change -> {
                    assertThat(change.getBeforeStatus()).isNull();
                    assertThat(change.getAfterStatus()).isEqualTo(AttendanceStatus.LATE);
                    assertThat(change.getAfterRemark()).isEqualTo("Đến muộn 10 phút");
                    assertThat(change.getSource()).isEqualTo(AttendanceChange.Source.SYNC);
                    assertThat(change.getActor()).isEqualTo("0903111222");
                },
                change -> {
                    assertThat(change.getBeforeStatus()).isEqualTo(AttendanceStatus.LATE);
                    assertThat(change.getAfterStatus()).isEqualTo(AttendanceStatus.PRESENT);
                });
        assertFails(Failure.CONFLICT, () -> f.tx(() -> attendance.mark(trainer, sessions.get(3).getId(),
                new AttendanceService.Mark("0911222333", AttendanceStatus.PRESENT, null, null), AttendanceChange.Source.TRAINER)));
    }

    @Test
    void aWalkInGetsAnAccountAPlaceOnTheRosterAndAPresentMark() {
        at(sessions.get(0), Duration.ofMinutes(15));

        Attendance walkIn = f.tx(() -> attendance.walkIn(trainer, sessions.get(0).getId(), "Đặng Văn Ưng", "0977 123 456", null));

        assertThat(walkIn.getStatus()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(f.tx(() -> classes.roster(trainer, classId))).singleElement()
                .satisfies(m -> assertThat(m.getJoinedBy()).isEqualTo(ClassMember.JoinedBy.WALK_IN));
        assertThat(f.tx(() -> f.accounts().get("0977123456")).getFullName()).isEqualTo("Đặng Văn Ưng");
    }

    @Test
    void aLearnerCompletesTheClassWithTheCourseDoneAndEnoughAttendanceInEitherOrder() {
        List<ClassCompleted> completed = new ArrayList<>();
        classCompletions.observe(completed::add);
        String key = f.tx(() -> classes.get(trainer, classId)).getEnrolmentKey();
        f.tx(() -> rosters.join(learner, key));
        for (ClassSession session : sessions.subList(0, 3)) {
            at(session, Duration.ofMinutes(1));
            f.tx(() -> attendance.mark(trainer, session.getId(),
                    new AttendanceService.Mark("0911222333", AttendanceStatus.PRESENT, null, null), AttendanceChange.Source.TRAINER));
        }
        at(sessions.get(3), Duration.ofHours(3));
        assertThat(member().getCompletedAt()).as("attendance 3 of 4 = 75%, but the course is not done").isNull();

        f.tx(() -> enrolments.markDone(learner, COURSE, "mat-khau-manh"));
        f.tx(() -> enrolments.markDone(learner, COURSE, "lua-dao"));

        assertThat(f.tx(() -> enrolments.get(learner, COURSE)).getStatus()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(member().getCompletedAt()).isNotNull();
        assertThat(completed).as("announced once").singleElement()
                .satisfies(c -> assertThat(c.member().getAccount().getUsername()).isEqualTo("0911222333"));
    }

    @Test
    void tooLittleAttendanceKeepsTheClassIncompleteEvenWithTheCourseDone() {
        String key = f.tx(() -> classes.get(trainer, classId)).getEnrolmentKey();
        f.tx(() -> rosters.join(learner, key));
        at(sessions.get(0), Duration.ofMinutes(1));
        f.tx(() -> attendance.mark(trainer, sessions.get(0).getId(),
                new AttendanceService.Mark("0911222333", AttendanceStatus.PRESENT, null, null), AttendanceChange.Source.TRAINER));
        at(sessions.get(3), Duration.ofHours(3));

        f.tx(() -> enrolments.markDone(learner, COURSE, "mat-khau-manh"));
        f.tx(() -> enrolments.markDone(learner, COURSE, "lua-dao"));

        assertThat(member().getCompletedAt()).as("1 of 4 sessions").isNull();
        ClassSheet sheet = f.tx(() -> sheets.sheet(trainer, classId));
        assertThat(sheet.atRisk()).extracting(ClassSheet.Row::fullName).containsExactly("Lò Thị Hoa");
    }

    @Test
    void anOutreachEventCountsPeopleWithoutAccountsAndATrainingClassCannot() {
        OutreachService outreach = new OutreachService(f.entityManager(), classes, f.audit());
        long event = f.tx(() -> classes.create(trainer, new ClassDetails("Ngày thứ bảy tình nguyện: an toàn mạng",
                ClassKind.OUTREACH, ClassMode.IN_PERSON, "Chợ Phước Hậu", null, LocalDate.ofInstant(f.clock.instant(), VIETNAM),
                LocalDate.ofInstant(f.clock.instant(), VIETNAM), 0, AttendancePoints.DEFAULT), COURSE, "X-PH")).getId();
        OutreachService.HeadCount counts = new OutreachService.HeadCount(Map.of(
                Gender.FEMALE, Map.of(AgeGroup.FROM_16_TO_30, 40, AgeGroup.OVER_30, 25),
                Gender.MALE, Map.of(AgeGroup.UNDER_16, 12)));

        f.tx(() -> outreach.record(trainer, event, counts));
        OutreachService.HeadCount corrected = f.tx(() -> outreach.record(trainer, event, new OutreachService.HeadCount(Map.of(
                Gender.FEMALE, Map.of(AgeGroup.FROM_16_TO_30, 42)))));

        assertThat(corrected.total()).as("a second count replaces the first").isEqualTo(42);
        assertThat(f.tx(() -> outreach.counts(trainer, event)).get(Gender.FEMALE, AgeGroup.FROM_16_TO_30)).isEqualTo(42);
        assertFails(Failure.CONFLICT, () -> f.tx(() -> outreach.record(trainer, classId, counts)));
        assertFails(Failure.INVALID, () -> f.tx(() -> outreach.record(trainer, event, new OutreachService.HeadCount(
                Map.of(Gender.MALE, Map.of(AgeGroup.OVER_30, -1))))));
    }

    private ClassMember member() {
        return f.tx(() -> classes.roster(trainer, classId)).get(0);
    }
}
