package vn.hocso.classes.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.hocso.classes.core.AttendancePoints;
import vn.hocso.classes.core.ClassKind;
import vn.hocso.classes.core.ClassMode;
import vn.hocso.classes.core.RosterLine;
import vn.hocso.classes.model.Attendance;
import vn.hocso.classes.model.ClassMember;
import vn.hocso.classes.model.ClassSession;
import vn.hocso.classes.model.TrainingClass;
import vn.hocso.classes.service.ClassSheet;
import vn.hocso.classes.service.RosterService;
import vn.hocso.platform.i18n.Messages;

/** What the classes API reads and answers. */
public final class ClassDtos {

    private ClassDtos() {
    }

    /** A class as an organizer or trainer describes it; dates as yyyy-MM-dd. */
    public record ClassForm(String title, String courseSlug, String unitCode, ClassMode mode, ClassKind kind, String location,
                            Integer capacity, String startDate, String endDate, Integer attendanceThresholdPercent,
                            AttendancePoints points) {
    }

    public record Person(String username, String fullName) {

        static Person of(ClassMember member) {
            return new Person(member.getAccount().getUsername(), member.getAccount().getFullName());
        }
    }

    public record Session(long id, Instant start, Instant end) {

        static Session of(ClassSession session) {
            return new Session(session.getId(), session.getStartsAt(), session.getEndsAt());
        }
    }

    public record ClassSummary(long id, String title, String courseSlug, String unitCode, String unitName, ClassKind kind,
                               ClassMode mode, String location, Integer capacity, LocalDate startDate, LocalDate endDate,
                               int attendanceThresholdPercent) {

        static ClassSummary of(TrainingClass c) {
            return new ClassSummary(c.getId(), c.getTitle(), c.getCourse().getSlug(), c.getUnit().getCode(), c.getUnit().getName(),
                    c.getKind(), c.getMode(), c.getLocation(), c.getCapacity(), c.getStartDate(), c.getEndDate(),
                    c.getAttendanceThreshold());
        }
    }

    public record ClassView(long id, String title, String courseSlug, String unitCode, ClassKind kind, ClassMode mode,
                            String location, Integer capacity, LocalDate startDate, LocalDate endDate,
                            int attendanceThresholdPercent, AttendancePoints points, String enrolmentKey,
                            List<Person> trainers, List<Person> roster, List<Session> sessions) {

        static ClassView of(TrainingClass c, List<ClassMember> roster) {
            return new ClassView(c.getId(), c.getTitle(), c.getCourse().getSlug(), c.getUnit().getCode(), c.getKind(), c.getMode(),
                    c.getLocation(), c.getCapacity(), c.getStartDate(), c.getEndDate(), c.getAttendanceThreshold(), c.points(),
                    c.getEnrolmentKey(), c.getTrainers().stream().map(t -> new Person(t.getUsername(), t.getFullName())).toList(),
                    roster.stream().map(Person::of).toList(), c.getSessions().stream().map(Session::of).toList());
        }
    }

    public record RosterRow(int line, RosterLine.Status status, String reason) {

        static RosterRow of(RosterLine line, Locale locale) {
            return new RosterRow(line.line(), line.status(), line.reasonKey() == null ? null
                    : Messages.text(locale, line.reasonKey(), line.reasonArguments().toArray()));
        }
    }

    /** A roster file's preview, or what committing it did (joined and created are then filled in). */
    public record RosterImport(boolean committed, Integer joined, Integer created, List<RosterRow> rows) {

        static RosterImport preview(List<RosterLine> lines, Locale locale) {
            return new RosterImport(false, null, null, lines.stream().map(l -> RosterRow.of(l, locale)).toList());
        }

        static RosterImport committed(RosterService.Imported imported, Locale locale) {
            return new RosterImport(true, imported.joined(), imported.created(),
                    imported.lines().stream().map(l -> RosterRow.of(l, locale)).toList());
        }
    }

    public record Mark(String username, String status, String remark, Instant takenAt) {
    }

    public record MarkView(long sessionId, String username, String status, String remark, Instant markedAt, String markedBy) {

        static MarkView of(Attendance a) {
            return new MarkView(a.getSession().getId(), a.getAccount().getUsername(), a.getStatus().name(), a.getRemark(),
                    a.getMarkedAt(), a.getMarkedBy());
        }
    }

    public record LearnerRate(String username, String fullName, BigDecimal percent, int sessionsCounted, boolean atRisk,
                              Instant completedAt) {
    }

    public record SheetView(long classId, List<Session> sessions, List<BigDecimal> sessionPercents, List<LearnerRate> learners) {

        static SheetView of(ClassSheet sheet) {
            return new SheetView(sheet.trainingClass().getId(), sheet.sessions().stream().map(Session::of).toList(),
                    sheet.sessionRates().stream().map(r -> r.percent().orElse(null)).toList(),
                    sheet.rows().stream().map(r -> new LearnerRate(r.member().getAccount().getUsername(), r.fullName(),
                            r.rate().percent().orElse(null), r.rate().sessionsCounted(), r.rate().atRisk(),
                            r.member().getCompletedAt())).toList());
        }
    }
}
