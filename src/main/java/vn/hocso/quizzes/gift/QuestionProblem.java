package vn.hocso.quizzes.gift;

import java.util.List;
import java.util.Objects;

/** A reason an import was refused: where (1-based line), and a message key with its arguments. */
public record QuestionProblem(int line, String messageKey, List<Object> arguments) {

    public QuestionProblem {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based: " + line);
        }
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    static QuestionProblem of(int line, ImportMessage message, Object... arguments) {
        if (arguments.length != message.arguments()) {
            throw new IllegalArgumentException(message + " takes " + message.arguments() + " arguments");
        }
        return new QuestionProblem(line, message.key(), List.of(arguments));
    }
}
