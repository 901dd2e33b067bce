package vn.hocso.classes.service;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.hocso.accounts.model.Account;
import vn.hocso.classes.core.AttendanceRates;
import vn.hocso.classes.core.AttendanceStatus;
import vn.hocso.classes.model.ClassSession;
import vn.hocso.platform.export.XlsxTables;
import vn.hocso.platform.i18n.Dates;
import vn.hocso.platform.i18n.Messages;

/** A class's attendance as an Excel workbook: one sheet of learners by session, one of sessions. */
public final class AttendanceWorkbook {

    private AttendanceWorkbook() {
    }

    public static void write(ClassSheet sheet, Locale locale, OutputStream out) {
        try (XlsxTables book = new XlsxTables()) {
            List<String> headers = new ArrayList<>(List.of(text(locale, "signIn.number"), text(locale, "signIn.name"),
                    text(locale, "attendance.account"), text(locale, "signIn.birthYear"), text(locale, "signIn.unit")));
            sheet.sessions().forEach(s -> headers.add(Dates.format(s.getStartsAt())));
            headers.addAll(List.of(text(locale, "attendance.rate"), text(locale, "attendance.atRisk")));
            List<List<Object>> rows = new ArrayList<>();
            for (ClassSheet.Row row : sheet.rows()) {
                Account person = row.member().getAccount();
                List<Object> cells = new ArrayList<>(List.of(rows.size() + 1, person.getFullName(), person.getUsername(),
                        person.getBirthYear() == null ? "" : person.getBirthYear(),
                        person.getUnit() == null ? "" : person.getUnit().getName()));
                row.marks().forEach(mark -> cells.add(ClassSheet.status(mark)
                        .map(status -> text(locale, "attendance.status." + status)).orElse("")));
                cells.add(row.rate().percent().<Object>map(p -> p).orElse(""));
                cells.add(row.rate().atRisk() ? text(locale, "attendance.yes") : "");
                rows.add(cells);
            }
            book.sheet(text(locale, "attendance.sheet"), headers, rows);
            List<List<Object>> sessions = new ArrayList<>();
            for (int i = 0; i < sheet.sessions().size(); i++) {
                ClassSession session = sheet.sessions().get(i);
                AttendanceRates.SessionRate rate = sheet.sessionRates().get(i);
                List<Object> cells = new ArrayList<>(List.of(i + 1, Dates.format(session.getStartsAt()),
                        Dates.format(session.getEndsAt())));
                for (AttendanceStatus status : AttendanceStatus.values()) {
                    cells.add(rate.counts().getOrDefault(status, 0));
                }
                cells.add(rate.percent().<Object>map(p -> p).orElse(""));
                sessions.add(cells);
            }
            List<String> sessionHeaders = new ArrayList<>(List.of(text(locale, "signIn.number"), text(locale, "attendance.start"),
                    text(locale, "attendance.end")));
            for (AttendanceStatus status : AttendanceStatus.values()) {
                sessionHeaders.add(text(locale, "attendance.status." + status));
            }
            sessionHeaders.add(text(locale, "attendance.rate"));
            book.sheet(text(locale, "attendance.sessions"), sessionHeaders, sessions);
            book.write(out);
        }
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
