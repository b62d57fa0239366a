package vn.toasoan.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * A row inserted by "another server" in a transaction held open, to reproduce a race deterministically: the
 * application's own checks do not see the row yet, its INSERT of a clashing row waits on the unique index, and
 * {@link #commit} makes that INSERT fail as it does when two saves really meet. Works on H2 and PostgreSQL.
 */
public final class HeldInsert implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final DataSource dataSource;
    private final Connection connection;
    private boolean committed;

    private HeldInsert(DataSource dataSource, Connection connection) {
        this.dataSource = dataSource;
        this.connection = connection;
    }

    /** Runs {@code sql} with {@code parameters} in a new transaction and keeps it open. */
    public static HeldInsert of(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    insert.setObject(i + 1, parameters[i]);
                }
                insert.executeUpdate();
            }
            return new HeldInsert(dataSource, connection);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            connection.close();
            throw e;
        }
    }

    /**
     * Returns once another session is executing a statement that starts with {@code sqlStart}: having got that
     * far, it has made its checks without seeing the held row, and its statement cannot finish before
     * {@link #commit}. Fails when no such statement comes within a minute (the request took another way).
     */
    public void awaitStatement(String sqlStart) throws SQLException, InterruptedException {
        String query = TestDatabases.mode() == TestDatabases.Mode.POSTGRES
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'"
                        + " AND pid <> pg_backend_pid() AND query LIKE ?"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()"
                        + " AND EXECUTING_STATEMENT LIKE ?";
        Instant deadline = Instant.now().plus(PATIENCE);
        try (Connection watcher = dataSource.getConnection();
                PreparedStatement sessions = watcher.prepareStatement(query)) {
            sessions.setString(1, sqlStart.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            while (true) {
                try (ResultSet found = sessions.executeQuery()) {
                    found.next();
                    if (found.getLong(1) > 0) {
                        return;
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("No session ran a statement starting with " + sqlStart);
                }
                Thread.sleep(20);
            }
        }
    }

    public void commit() throws SQLException {
        connection.commit();
        committed = true;
    }

    /** Rolls the row back unless it was committed. */
    @Override
    public void close() throws SQLException {
        try {
            if (!committed) {
                connection.rollback();
            }
        } finally {
            connection.setAutoCommit(true);
            connection.close();
        }
    }
}
