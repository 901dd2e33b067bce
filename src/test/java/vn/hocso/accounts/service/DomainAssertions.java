package vn.hocso.accounts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.platform.errors.Failure;
import vn.hocso.platform.errors.FieldError;

/** Checks on the {@link DomainException} a service call must end with. */
final class DomainAssertions {

    private DomainAssertions() {
    }

    static DomainException domainFailure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }

    static DomainException assertFails(Failure expected, ThrowingCallable call) {
        DomainException failure = domainFailure(call);
        assertThat(failure.failure()).as(failure.getMessage()).isEqualTo(expected);
        return failure;
    }

    /** INVALID, naming exactly {@code fields} (in any order). */
    static DomainException assertInvalid(ThrowingCallable call, String... fields) {
        DomainException failure = assertFails(Failure.INVALID, call);
        assertThat(failure.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields);
        return failure;
    }
}
