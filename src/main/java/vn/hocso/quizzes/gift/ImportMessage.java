package vn.hocso.quizzes.gift;

/**
 * What can be wrong in an imported question file. Each has a text in the message bundles under
 * {@link #key()}, with {@link #arguments()} placeholders {0}, {1}, ….
 */
public enum ImportMessage {
    NO_QUESTIONS("noQuestions", 0),
    UNCLOSED_TITLE("unclosedTitle", 0),
    NO_ANSWER_BLOCK("noAnswerBlock", 0),
    UNCLOSED_BRACE("unclosedBrace", 0),
    UNEXPECTED_CLOSING_BRACE("unexpectedClosingBrace", 0),
    NESTED_OPENING_BRACE("nestedOpeningBrace", 0),
    SECOND_ANSWER_BLOCK("secondAnswerBlock", 0),
    UNKNOWN_FORMAT("unknownFormat", 1),
    QUESTION_TEXT_MISSING("questionTextMissing", 0),
    EMPTY_ANSWER_BLOCK("emptyAnswerBlock", 0),
    ANSWER_TEXT_MISSING("answerTextMissing", 0),
    TOO_FEW_ANSWERS("tooFewAnswers", 1),
    NO_CORRECT_ANSWER("noCorrectAnswer", 0),
    SEVERAL_CORRECT_MARKS("severalCorrectMarks", 0),
    WEIGHT_ON_CORRECT_MARK("weightOnCorrectMark", 0),
    BAD_WEIGHT("badWeight", 1),
    WEIGHT_OUT_OF_RANGE("weightOutOfRange", 3),
    WEIGHTS_NOT_HUNDRED("weightsNotHundred", 1),
    NO_FULL_CREDIT("noFullCredit", 0),
    BAD_TRUE_FALSE("badTrueFalse", 1),
    PAIR_WITHOUT_ARROW("pairWithoutArrow", 1),
    TOO_FEW_PAIRS("tooFewPairs", 2),
    NUMERICAL_WITHOUT_ANSWER("numericalWithoutAnswer", 0),
    BAD_NUMBER("badNumber", 1),
    BAD_TOLERANCE("badTolerance", 1),
    BAD_RANGE("badRange", 2),
    TILDE_IN_NUMERICAL("tildeInNumerical", 0),
    AIKEN_QUESTION_NOT_STARTED("aikenQuestionNotStarted", 0),
    AIKEN_ANSWER_LINE_MISSING("aikenAnswerLineMissing", 0),
    AIKEN_TOO_FEW_OPTIONS("aikenTooFewOptions", 1),
    AIKEN_UNKNOWN_ANSWER("aikenUnknownAnswer", 1);

    private static final String PREFIX = "quiz.import.";

    private final String key;
    private final int arguments;

    ImportMessage(String name, int arguments) {
        this.key = PREFIX + name;
        this.arguments = arguments;
    }

    public String key() {
        return key;
    }

    /** How many arguments the text takes. */
    public int arguments() {
        return arguments;
    }
}
