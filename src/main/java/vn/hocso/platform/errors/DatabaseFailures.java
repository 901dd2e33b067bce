package vn.hocso.platform.errors;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells "the database is unreachable" apart from bugs, so users see the right page. */
public final class DatabaseFailures {

    private static final int MAX_DEPTH = 12;

    private DatabaseFailures() {
    }

    public static boolean isDatabaseDown(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof SQLException sql && isConnectionProblem(sql)) {
                return true;
            }
            String name = current.getClass().getName();
            if (name.endsWith("ResourceException") || name.endsWith("PoolingException")) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    /** SQLState class 08 is "connection exception" in every SQL dialect. */
    private static boolean isConnectionProblem(SQLException e) {
        return e.getSQLState() == null || e.getSQLState().startsWith("08") || e instanceof SQLTransientConnectionException;
    }
}
