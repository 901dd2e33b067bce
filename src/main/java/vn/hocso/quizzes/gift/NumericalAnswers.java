package vn.hocso.quizzes.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Numerical answers after the {@code #}: {@code 3}, {@code 3:0.5} (value and tolerance),
 * {@code 1..5} (a range, kept as its midpoint ± half its width, as Moodle does), several weighted
 * ones {@code =%100%3:0 =%50%3:1}, and last {@code ~#feedback} for any other number.
 */
final class NumericalAnswers implements AnswerReader {

    private static final String RANGE = "..";

    @Override
    public List<Answer> read(Span block, Problems problems) {
        Span numbers = block.from(block.start() + 1);
        int otherwise = numbers.findAny("~", numbers.start());
        List<Entries.Entry> entries = Entries.split(otherwise < 0 ? numbers : numbers.before(otherwise), "=");
        if (entries.isEmpty()) {
            problems.report(block.start(), ImportMessage.NUMERICAL_WITHOUT_ANSWER);
            return List.of();
        }
        int problemsBefore = problems.count();
        List<Answer> answers = new ArrayList<>();
        entries.forEach(entry -> answer(entry, problems).ifPresent(answers::add));
        if (problems.count() == problemsBefore) {
            FullCredit.require(block, answers, problems);
        }
        if (otherwise >= 0) {
            answers.add(anyOther(numbers.from(otherwise + 1), otherwise, problems));
        }
        return answers;
    }

    /** The numbers an answer accepts: value ± tolerance. */
    private record Target(BigDecimal value, BigDecimal tolerance) {
    }

    private static Optional<Answer> answer(Entries.Entry entry, Problems problems) {
        AnswerParts parts = AnswerParts.read(entry, BigDecimal.ONE, BigDecimal.ZERO, problems);
        String written = parts.requiredText(entry, problems);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        int range = written.indexOf(RANGE);
        Optional<Target> target = range > 0
                ? range(entry, written.substring(0, range), written.substring(range + RANGE.length()), problems)
                : valueAndTolerance(entry, written, problems);
        return target.map(t -> Answer.number(t.value(), t.tolerance(), parts.fraction(), parts.feedback()));
    }

    private static Optional<Target> valueAndTolerance(Entries.Entry entry, String written, Problems problems) {
        int colon = written.indexOf(':');
        Optional<BigDecimal> value = number(entry, colon > 0 ? written.substring(0, colon) : written, problems);
        Optional<BigDecimal> tolerance = colon > 0 ? tolerance(entry, written.substring(colon + 1), problems) : Optional.of(BigDecimal.ZERO);
        return value.flatMap(v -> tolerance.map(t -> new Target(v, t)));
    }

    /** min..max as its midpoint ± half its width. */
    private static Optional<Target> range(Entries.Entry entry, String min, String max, Problems problems) {
        Optional<BigDecimal> low = number(entry, min, problems);
        Optional<BigDecimal> high = number(entry, max, problems);
        if (low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        if (low.get().compareTo(high.get()) > 0) {
            problems.report(entry.at(), ImportMessage.BAD_RANGE, min.strip(), max.strip());
            return Optional.empty();
        }
        BigDecimal half = high.get().subtract(low.get()).divide(BigDecimal.valueOf(2));
        return Optional.of(new Target(low.get().add(half), half));
    }

    private static Optional<BigDecimal> number(Entries.Entry entry, String written, Problems problems) {
        Optional<BigDecimal> number = Decimals.parse(written);
        if (number.isEmpty()) {
            problems.report(entry.at(), ImportMessage.BAD_NUMBER, written.strip());
        }
        return number;
    }

    private static Optional<BigDecimal> tolerance(Entries.Entry entry, String written, Problems problems) {
        Optional<BigDecimal> tolerance = Decimals.parse(written).filter(t -> t.signum() >= 0);
        if (tolerance.isEmpty()) {
            problems.report(entry.at(), ImportMessage.BAD_TOLERANCE, written.strip());
        }
        return tolerance;
    }

    /** {@code ~#feedback}: in a numerical question {@code ~} only gives feedback for other numbers. */
    private static Answer anyOther(Span rest, int at, Problems problems) {
        AnswerParts parts = AnswerParts.withFeedback(BigDecimal.ZERO, rest);
        if (!parts.text().isBlank()) {
            problems.report(at, ImportMessage.TILDE_IN_NUMERICAL);
        }
        return Answer.anyOther(parts.feedback());
    }
}
