package vn.hocso.platform.errors;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with one field of a request: the field's name as the API spells it and
 * a message key from the resource bundles, so each client shows it in its own language.
 * Imported files name the file as the field and add the line.
 */
public record FieldError(String field, Integer line, String messageKey, List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    /** A missing argument (null) shows as an empty text rather than failing the error itself. */
    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, null, messageKey, Arrays.stream(arguments).map(a -> a == null ? "" : a).toList());
    }

    /** A problem in a file's text: the field names the file, the line (1-based, 0 for the whole file) where. */
    public static FieldError at(String file, int line, String messageKey, List<Object> arguments) {
        return new FieldError(file, line, messageKey, arguments);
    }
}
