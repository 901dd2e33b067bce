package vn.hocso.platform.api;

import java.util.List;
import java.util.Locale;
import vn.hocso.platform.errors.FieldError;
import vn.hocso.platform.i18n.Messages;

/** The API's one error shape: {"errors":[{"field":…,"line":…,"message":…}]}; line only for imported files. */
public record ErrorResponse(List<Item> errors) {

    public record Item(String field, Integer line, String message) {
    }

    public static ErrorResponse of(List<FieldError> errors, Locale locale) {
        return new ErrorResponse(errors.stream()
                .map(e -> new Item(e.field(), e.line(), Messages.text(locale, e.messageKey(), e.arguments().toArray())))
                .toList());
    }

}
