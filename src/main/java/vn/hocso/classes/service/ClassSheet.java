package vn.hocso.classes.service;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hocso.classes.core.AttendanceRates;
import vn.hocso.classes.core.AttendanceStatus;
import vn.hocso.classes.core.VietnameseNames;
import vn.hocso.classes.model.Attendance;
import vn.hocso.classes.model.ClassMember;
import vn.hocso.classes.model.ClassSession;
import vn.hocso.classes.model.TrainingClass;

/**
 * A class's attendance sheet: the roster in Vietnamese name order, each learner's mark per
 * session and rate, and each session's rate. What the class page and both exports show.
 */
public record ClassSheet(TrainingClass trainingClass, List<ClassSession> sessions, List<Row> rows,
                         List<AttendanceRates.SessionRate> sessionRates) {

    /** One learner's line. */
    public record Row(ClassMember member, List<Optional<Attendance>> marks, AttendanceRates.LearnerRate rate) {

        public String fullName() {
            return member.getAccount().getFullName();
        }
    }

    public static ClassSheet of(TrainingClass trainingClass, List<ClassMember> members, List<Attendance> marks, Instant now) {
        AttendanceRates rates = rates(trainingClass, marks, now);
        List<ClassSession> sessions = List.copyOf(trainingClass.getSessions());
        List<AttendanceRates.Member> roster = members.stream().map(ClassSheet::member).toList();
        Map<String, Attendance> byKey = new HashMap<>();
        marks.forEach(a -> byKey.put(a.getSession().getId() + "/" + a.getAccount().getId(), a));
        List<Row> rows = members.stream().sorted(VietnameseNames.byGivenName(m -> m.getAccount().getFullName()))
                .map(m -> new Row(m, sessions.stream()
                        .map(s -> Optional.ofNullable(byKey.get(s.getId() + "/" + m.getAccount().getId()))).toList(),
                        rates.of(member(m))))
                .toList();
        List<AttendanceRates.SessionRate> sessionRates = sessions.stream().map(s -> rates.of(session(s), roster)).toList();
        return new ClassSheet(trainingClass, sessions, rows, sessionRates);
    }

    public List<Row> atRisk() {
        return rows.stream().filter(r -> r.rate().atRisk()).toList();
    }

    static AttendanceRates rates(TrainingClass trainingClass, Collection<Attendance> marks, Instant now) {
        return new AttendanceRates(trainingClass.getSessions().stream().map(ClassSheet::session).toList(),
                marks.stream().map(a -> new AttendanceRates.Mark(a.getSession().getId(), a.getAccount().getId(), a.getStatus()))
                        .toList(),
                trainingClass.points(), trainingClass.getAttendanceThreshold(), now);
    }

    static AttendanceRates.Member member(ClassMember member) {
        return new AttendanceRates.Member(member.getAccount().getId(), member.getJoinedAt());
    }

    private static AttendanceRates.Session session(ClassSession session) {
        return new AttendanceRates.Session(session.getId(), session.time());
    }

    /** A mark's status, or empty when none was taken. */
    public static Optional<AttendanceStatus> status(Optional<Attendance> mark) {
        return mark.map(Attendance::getStatus);
    }
}
