package vn.hocso.platform.errors;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells "the database is unreachable" apart from bugs, so users see the right page. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isDatabaseDown(Throwable thrown) {
        return Causes.first(thrown, DatabaseFailures::isConnectionFailure).isPresent();
    }

    private static boolean isConnectionFailure(Throwable thrown) {
        if (thrown instanceof SQLException sql && isConnectionProblem(sql)) {
            return true;
        }
        String name = thrown.getClass().getName();
        return name.endsWith("ResourceException") || name.endsWith("PoolingException");
    }

    /** SQLState class 08 is "connection exception" in every SQL dialect. */
    private static boolean isConnectionProblem(SQLException e) {
        return e.getSQLState() == null || e.getSQLState().startsWith("08") || e instanceof SQLTransientConnectionException;
    }
}
