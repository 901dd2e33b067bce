package vn.hocso.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.hocso.testsupport.TestDatabase.Database;

class TestDatabaseTest {

    @Test
    void freshDatabasesAreIsolatedFromEachOther() throws SQLException {
        Database first = TestDatabase.fresh();
        Database second = TestDatabase.fresh();

        execute(first, "CREATE TABLE only_here (id int)");

        assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
        assertThat(tableExists(first, "only_here")).isTrue();
        assertThat(tableExists(second, "only_here")).isFalse();
    }

    @Test
    void emptyDatabaseHasNoFlywayHistory() throws SQLException {
        Database empty = TestDatabase.emptyDatabase();

        assertThat(tableExists(empty, "flyway_schema_history")).isFalse();
    }

    @Test
    void serverAdminSeesTheDatabasesMadeForTests() throws SQLException {
        String name = query(TestDatabase.emptyDatabase(), "SELECT current_database()");

        assertThat(query(TestDatabase.serverAdmin(),
                "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")).isEqualTo("1");
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static boolean tableExists(Database database, String table) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, "public", table, null)) {
            return rows.next();
        }
    }
}
