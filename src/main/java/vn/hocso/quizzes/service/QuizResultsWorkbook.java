package vn.hocso.quizzes.service;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.hocso.platform.export.XlsxTables;
import vn.hocso.platform.i18n.Messages;

/** A quiz's results as an Excel workbook: one sheet of attempts, one of questions. */
public final class QuizResultsWorkbook {

    private QuizResultsWorkbook() {
    }

    public static void write(QuizResults results, Locale locale, OutputStream out) {
        try (XlsxTables book = new XlsxTables()) {
            book.sheet(text(locale, "results.attempts"), headers(locale, "results.learner", "results.unit", "quiz.attempt",
                            "results.status", "results.percent", "quiz.grade", "quiz.submittedAt"),
                    results.attempts().stream().map(a -> List.<Object>of(a.learner(), a.unit(), a.number(),
                            text(locale, "results.status." + a.status()), nullable(a.percent()),
                            a.passed() == null ? "" : text(locale, a.passed() ? "quiz.passed" : "quiz.notPassed"),
                            a.submittedAt())).toList());
            book.sheet(text(locale, "results.questions"), headers(locale, "results.position", "results.question",
                            "results.type", "results.answered", "results.facility", "results.discrimination", "results.wrongShare"),
                    results.questions().stream().map(q -> List.<Object>of(q.position(), q.name(),
                            text(locale, "questionType." + q.type()), q.answered(), q.facility(), nullable(q.discrimination()),
                            q.wrongShare())).toList());
            book.write(out);
        }
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    private static List<String> headers(Locale locale, String... keys) {
        List<String> headers = new ArrayList<>();
        for (String key : keys) {
            headers.add(text(locale, key));
        }
        return headers;
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
