package vn.hocso.courses.content;

import java.util.Arrays;
import java.util.Optional;

/** Areas of Vietnam's digital competence framework for learners (Circular 02/2025/TT-BGDĐT). */
public enum Competence {
    INFORMATION_DATA("information-data"),
    COMMUNICATION_COLLABORATION("communication-collaboration"),
    CONTENT_CREATION("content-creation"),
    SAFETY("safety"),
    PROBLEM_SOLVING("problem-solving"),
    ARTIFICIAL_INTELLIGENCE("artificial-intelligence");

    private final String code;

    Competence(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Competence> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
