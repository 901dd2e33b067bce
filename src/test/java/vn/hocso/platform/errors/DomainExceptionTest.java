package vn.hocso.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void anInvalidFieldNamesTheFieldTheKeyAndTheArguments() {
        DomainException e = DomainException.invalid("name", "unit.nameInvalid", 200);

        assertThat(e.failure()).isEqualTo(Failure.INVALID);
        assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey, FieldError::arguments)
                .containsExactly(tuple("name", "unit.nameInvalid", List.of(200)));
    }

    @Test
    void aFailureOfAnotherKindNamesNoField() {
        DomainException e = DomainException.of(Failure.NOT_FOUND, "unit.unknown", "PHUOC_AN");

        assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
        assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple(null, "unit.unknown"));
    }

    @Test
    void theMessageNamesTheFailureAndEveryKeyForTheLogs() {
        DomainException e = DomainException.invalid(List.of(
                FieldError.of("username", "username.invalid"), FieldError.of("password", "password.tooShort", 10)));

        assertThat(e).hasMessage("INVALID: [username.invalid, password.tooShort]");
    }

    @Test
    void theErrorsCannotBeChangedAfterwards() {
        List<FieldError> errors = new ArrayList<>(List.of(FieldError.of("username", "username.invalid")));
        DomainException e = DomainException.invalid(errors);

        errors.clear();

        assertThat(e.errors()).hasSize(1);
        assertThatThrownBy(() -> e.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void eachFailureMeansOneHttpStatus() {
        assertThat(List.of(Failure.values())).extracting(Failure::status)
                .containsExactly(422, 401, 403, 404, 409, 429);
    }

    @Test
    void aDomainExceptionIsFoundInsideContainerWrappers() {
        DomainException domain = DomainException.of(Failure.CONFLICT, "username.taken");
        RuntimeException wrapped = new IllegalStateException("EJBException", new RuntimeException("TransactionalException", domain));

        assertThat(DomainExceptions.unwrap(wrapped)).isSameAs(domain);
        assertThat(DomainExceptions.unwrap(domain)).isSameAs(domain);
    }

    @Test
    void anExceptionWithoutADomainCauseUnwrapsToNothing() {
        assertThat(DomainExceptions.unwrap(new IllegalStateException(new NullPointerException()))).isNull();
        assertThat(DomainExceptions.unwrap(null)).isNull();
    }
}
