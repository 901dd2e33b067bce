package vn.hocso.quizzes.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A quiz's results among the learners someone follows: each attempt, and each question's item analysis. */
public record QuizResults(long quizId, String quizTitle, String courseTitle, String group, Summary summary,
                          List<AttemptRow> attempts, List<QuestionRow> questions, List<QuestionRow> hardest) {

    public QuizResults {
        attempts = List.copyOf(attempts);
        questions = List.copyOf(questions);
        hardest = List.copyOf(hardest);
    }

    /** Learners and attempts counted, the average mark in percent and the share of learners who passed. */
    public record Summary(int learners, int attempts, BigDecimal averagePercent, BigDecimal passRate) {
    }

    public record AttemptRow(String learner, String unit, int number, String status, BigDecimal percent, Boolean passed,
                             Instant submittedAt) {
    }

    /** A question of the bank (by its place in the file) with Moodle's facility and discrimination indexes. */
    public record QuestionRow(int position, String name, String type, int answered, BigDecimal facility,
                              BigDecimal discrimination, BigDecimal wrongShare) {
    }
}
