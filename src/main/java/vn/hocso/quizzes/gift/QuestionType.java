package vn.hocso.quizzes.gift;

/**
 * The kinds of question the quiz engine asks. A missing-word question is a multiple-choice or
 * short-answer question whose {@link Question#textAfter()} is not empty.
 */
public enum QuestionType {
    MULTIPLE_CHOICE,
    MULTIPLE_ANSWER,
    TRUE_FALSE,
    SHORT_ANSWER,
    MATCHING,
    NUMERICAL,
    ESSAY
}
