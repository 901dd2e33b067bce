package vn.hocso.courses.content;

import java.util.Arrays;
import java.util.Optional;

/** The course themes Program 273 names; the indicators count classes by category. */
public enum Category {
    CYBER_SAFETY("cyber-safety"),
    E_COMMERCE("e-commerce"),
    STEM("stem"),
    DIGITAL_SERVICES("digital-services"),
    DIGITAL_BASICS("digital-basics");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Category> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
