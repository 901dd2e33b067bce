package vn.hocso.quizzes.core;

/** Draw {@code count} questions at random from the bank's {@code category}. */
public record DrawRule(String category, int count) {

    public DrawRule {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }
}
