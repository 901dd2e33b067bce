package vn.hocso.courses.content;

import java.util.List;

/**
 * One thing wrong in a course folder, where it is (file relative to the courses folder,
 * 1-based line, 0 when the whole file is meant) and a message key for the bundles.
 */
public record ContentProblem(String file, int line, String messageKey, List<Object> arguments) {

    public ContentProblem {
        arguments = List.copyOf(arguments);
    }

    public static ContentProblem at(String file, int line, String messageKey, Object... arguments) {
        return new ContentProblem(file, line, messageKey, List.of(arguments));
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + messageKey + arguments;
    }
}
