package vn.hocso.platform.errors;

import java.util.List;

/**
 * One thing wrong with one field of a request: the field's name as the API spells it and
 * a message key from the resource bundles, so each client shows it in its own language.
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
