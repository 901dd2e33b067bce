package vn.hocso.quizzes.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hocso.courses.model.CourseQuiz;
import vn.hocso.quizzes.core.QuizSettings;
import vn.hocso.quizzes.model.QuizAttempt;

/** A quiz as a learner sees it before starting: its rules, their attempts so far and their grade. */
public record QuizInfo(long id, String title, String courseSlug, String courseTitle, int questionCount, int passPercent,
                       int timeLimitMinutes, int attemptsAllowed, String grading, Instant opensAt, Instant closesAt,
                       boolean open, boolean canStart, BigDecimal grade, boolean passed, Long attemptInProgress,
                       List<AttemptLine> attempts) {

    public QuizInfo {
        attempts = List.copyOf(attempts);
    }

    public record AttemptLine(long attemptId, int number, String status, BigDecimal percent, Boolean passed,
                              Instant submittedAt) {
    }

    public static QuizInfo of(CourseQuiz quiz, List<QuizAttempt> mine, Optional<BigDecimal> grade, Locale locale, Instant now) {
        QuizSettings settings = quiz.settings();
        Long running = mine.stream().filter(QuizAttempt::isInProgress).map(QuizAttempt::getId).findFirst().orElse(null);
        boolean attemptLeft = running != null || settings.attemptsAllowed() == 0 || mine.size() < settings.attemptsAllowed();
        return new QuizInfo(quiz.getId(), quiz.title().in(locale), quiz.getCourse().getSlug(),
                quiz.getCourse().title().in(locale), quiz.questionCount(), settings.passPercent(), settings.timeLimitMinutes(),
                settings.attemptsAllowed(), settings.grading().code(), settings.opensAt(), settings.closesAt(),
                settings.isOpen(now), settings.isOpen(now) && attemptLeft, grade.orElse(null),
                grade.map(g -> g.compareTo(BigDecimal.valueOf(settings.passPercent())) >= 0).orElse(false), running,
                mine.stream().map(a -> new AttemptLine(a.getId(), a.getNumber(), a.getStatus().name(), a.percent(),
                        a.getPassed(), a.getSubmittedAt())).toList());
    }
}
