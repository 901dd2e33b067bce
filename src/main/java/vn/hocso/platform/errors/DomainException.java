package vn.hocso.platform.errors;

import java.util.List;

/**
 * A failure the user can understand and act on. It is mapped once to an HTTP status
 * (REST) and once to Faces messages (pages); its text comes from the resource bundles.
 */
public class DomainException extends RuntimeException {

    private final Failure failure;
    private final transient List<FieldError> errors;

    public DomainException(Failure failure, List<FieldError> errors) {
        super(failure + ": " + errors.stream().map(FieldError::messageKey).toList());
        this.failure = failure;
        this.errors = List.copyOf(errors);
    }

    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(Failure.INVALID, errors);
    }

    public static DomainException invalid(String field, String messageKey, Object... arguments) {
        return invalid(List.of(FieldError.of(field, messageKey, arguments)));
    }

    public static DomainException of(Failure failure, String messageKey, Object... arguments) {
        return new DomainException(failure, List.of(FieldError.of(null, messageKey, arguments)));
    }

    public Failure failure() {
        return failure;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
