package vn.toasoan.account;

import static vn.toasoan.SqlValues.instant;
import static vn.toasoan.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class AccountRepository {

    private static final String COLUMNS = """
            id, username, display_name, pen_name, email, role, enabled, failed_logins, locked_until, last_login_at,
            created_at, version""";

    /** What logging in needs: the account, its hash and the credentials stamp that goes with that hash. */
    record Credentials(Account account, String passwordHash, Instant lastFailedAt, int credentialsStamp) {
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewAccount a, String passwordHash, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account (username, display_name, pen_name, email, password_hash, role,
                                     password_changed_at, created_at)
                VALUES (:username, :displayName, :penName, :email, :hash, :role, :now, :now)""")
                .param("username", a.username())
                .param("displayName", a.displayName())
                .param("penName", a.penName())
                .param("email", a.email())
                .param("hash", passwordHash)
                .param("role", a.role().name())
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    /**
     * The enabled administrators, their rows locked until the transaction ends: two administrators demoting each
     * other at the same moment are taken one after the other, and the second sees the first one's change.
     */
    List<Long> lockActiveAdmins() {
        return jdbc.sql("SELECT id FROM account WHERE role = 'ADMIN' AND enabled = TRUE ORDER BY id FOR UPDATE")
                .query(Long.class).list();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE LOWER(username) = LOWER(:username)")
                .param("username", username).query(Long.class).single() > 0;
    }

    Optional<Account> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id").param("id", id)
                .query(AccountRepository::map).optional();
    }

    /** The principal of a session of this account as the account stands now. */
    Optional<StaffUser> staffUser(long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", credentials_stamp FROM account WHERE id = :id").param("id", id)
                .query((rs, row) -> new StaffUser(map(rs, row), rs.getInt("credentials_stamp"))).optional();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash, last_failed_at, credentials_stamp FROM account"
                + " WHERE LOWER(username) = LOWER(:username)")
                .param("username", username)
                .query(AccountRepository::credentials)
                .optional();
    }

    /** The credentials of an account about to get a new password, its row locked until the transaction ends. */
    Optional<Credentials> lockCredentials(long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash, last_failed_at, credentials_stamp FROM account"
                + " WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(AccountRepository::credentials)
                .optional();
    }

    List<Account> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account ORDER BY role DESC, LOWER(username)")
                .query(AccountRepository::map).list();
    }

    /** Saved disabled, the account's sessions end at their next request (see CurrentStaffFilter). */
    int update(long id, int version, String displayName, String penName, String email, Role role, boolean enabled) {
        return jdbc.sql("""
                UPDATE account SET display_name = :displayName, pen_name = :penName, email = :email, role = :role,
                                   enabled = :enabled, credentials_stamp = credentials_stamp + :stampStep,
                                   version = version + 1
                WHERE id = :id AND version = :version""")
                .param("displayName", displayName)
                .param("penName", penName)
                .param("email", email)
                .param("role", role.name())
                .param("enabled", enabled)
                .param("stampStep", enabled ? 0 : 1)
                .param("id", id)
                .param("version", version)
                .update();
    }

    void updateNames(long id, String displayName, String penName) {
        jdbc.sql("UPDATE account SET display_name = :displayName, pen_name = :penName, version = version + 1 WHERE id = :id")
                .param("displayName", displayName).param("penName", penName).param("id", id).update();
    }

    void setPassword(long id, String hash, Instant now) {
        jdbc.sql("""
                UPDATE account SET password_hash = :hash, password_changed_at = :now,
                                   credentials_stamp = credentials_stamp + 1, version = version + 1
                WHERE id = :id""")
                .param("hash", hash).param("now", utc(now)).param("id", id).update();
    }

    /**
     * One more failed login of the account; the count it makes. Counted by the database, whose row lock (held by the
     * UPDATE until the read) orders parallel failures on any node: sixteen at once count sixteen.
     */
    @Transactional
    int countFailure(long id, Instant now) {
        jdbc.sql("UPDATE account SET failed_logins = failed_logins + 1, last_failed_at = :now WHERE id = :id")
                .param("now", utc(now)).param("id", id).update();
        return jdbc.sql("SELECT failed_logins FROM account WHERE id = :id").param("id", id)
                .query(Integer.class).single();
    }

    /** Locks the account until {@code until}, or later if another failure already locked it longer. */
    void lock(long id, Instant until) {
        jdbc.sql("""
                UPDATE account SET locked_until = :until
                WHERE id = :id AND (locked_until IS NULL OR locked_until < :until)""")
                .param("until", utc(until)).param("id", id).update();
    }

    void recordLogin(long id, Instant now) {
        jdbc.sql("""
                UPDATE account SET failed_logins = 0, locked_until = NULL, last_failed_at = NULL, last_login_at = :now
                WHERE id = :id""")
                .param("now", utc(now)).param("id", id).update();
    }

    void unlock(long id) {
        jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL, last_failed_at = NULL WHERE id = :id")
                .param("id", id).update();
    }

    private static Credentials credentials(ResultSet rs, int row) throws SQLException {
        return new Credentials(map(rs, row), rs.getString("password_hash"), instant(rs, "last_failed_at"),
                rs.getInt("credentials_stamp"));
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("pen_name"), rs.getString("email"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"), rs.getInt("failed_logins"), instant(rs, "locked_until"),
                instant(rs, "last_login_at"), instant(rs, "created_at"), rs.getInt("version"));
    }
}
