package vn.hocso.quizzes.gift;

import java.util.Optional;

/** Where a question's one answer block opens and closes (unescaped braces). */
record AnswerBlock(int open, int close) {

    private static final String BRACES = "{}";

    /** The block, or nothing after reporting a missing, unclosed, nested or stray brace. */
    static Optional<AnswerBlock> locate(Span body, Problems problems) {
        int open = body.findAny(BRACES, body.start());
        if (open < 0) {
            problems.report(body.start(), ImportMessage.NO_ANSWER_BLOCK);
            return Optional.empty();
        }
        if (body.charAt(open) == '}') {
            problems.report(open, ImportMessage.UNEXPECTED_CLOSING_BRACE);
            return Optional.empty();
        }
        int close = body.findAny(BRACES, open + 1);
        if (close < 0) {
            problems.report(open, ImportMessage.UNCLOSED_BRACE);
            return Optional.empty();
        }
        if (body.charAt(close) == '{') {
            problems.report(close, ImportMessage.NESTED_OPENING_BRACE);
            return Optional.empty();
        }
        int stray = body.findAny(BRACES, close + 1);
        if (stray >= 0) {
            problems.report(stray, body.charAt(stray) == '{' ? ImportMessage.SECOND_ANSWER_BLOCK : ImportMessage.UNEXPECTED_CLOSING_BRACE);
            return Optional.empty();
        }
        return Optional.of(new AnswerBlock(open, close));
    }
}
