package vn.hocso.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Ids as EclipseLink takes them from hocso_seq: each nextval gives the 50 ids up to it. */
final class IdBlock {

    private final Connection connection;
    private long next;
    private long last = -1;

    IdBlock(Connection connection) {
        this.connection = connection;
    }

    long next() throws SQLException {
        if (next > last) {
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT nextval('hocso_seq')")) {
                r.next();
                last = r.getLong(1);
                next = last - 49;
            }
        }
        return next++;
    }
}
