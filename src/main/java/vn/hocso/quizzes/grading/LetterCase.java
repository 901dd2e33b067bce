package vn.hocso.quizzes.grading;

/** Whether a short answer must match the accepted answer's upper and lower case letters. */
public enum LetterCase {
    /** Moodle's default: "hà nội" matches "Hà Nội". */
    IGNORED,
    SIGNIFICANT
}
