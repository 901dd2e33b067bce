package vn.hocso.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    /** Stands for the connector and pool exceptions of the application server, recognised by name. */
    private static final class PoolResourceException extends RuntimeException {
    }

    @Test
    void aConnectionFailureDeepInsideWrappersMeansTheDatabaseIsDown() {
        Throwable thrown = new RuntimeException("PersistenceException", new IllegalStateException(new SQLException("refused", "08001")));

        assertThat(DatabaseFailures.isDatabaseDown(thrown)).isTrue();
    }

    @Test
    void aTransientConnectionFailureMeansTheDatabaseIsDown() {
        assertThat(DatabaseFailures.isDatabaseDown(new SQLTransientConnectionException("timeout", "HYT00"))).isTrue();
    }

    @Test
    void aServerPoolFailureMeansTheDatabaseIsDown() {
        assertThat(DatabaseFailures.isDatabaseDown(new RuntimeException(new PoolResourceException()))).isTrue();
    }

    @Test
    void aBrokenConstraintIsABugNotAnOutage() {
        assertThat(DatabaseFailures.isDatabaseDown(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
    }

    @Test
    void anOrdinaryExceptionIsNoOutage() {
        assertThat(DatabaseFailures.isDatabaseDown(new NullPointerException())).isFalse();
        assertThat(DatabaseFailures.isDatabaseDown(null)).isFalse();
    }
}
