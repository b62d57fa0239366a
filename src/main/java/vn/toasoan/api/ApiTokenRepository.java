package vn.toasoan.api;

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

@Repository
class ApiTokenRepository {

    /** What a request needs to know about the token it presents. */
    record Presented(long id, long accountId, Instant lastUsedAt, Instant revokedAt) {
    }

    private static final String LISTED = """
            SELECT t.id, t.account_id, a.username, a.display_name, t.name, t.prefix, t.created_at,
                   COALESCE(c.display_name, 'Hệ thống') AS created_by_name, t.last_used_at, t.last_used_from,
                   t.revoked_at
            FROM api_token t
            JOIN account a ON a.id = t.account_id
            LEFT JOIN account c ON c.id = t.created_by
            """;

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String name, String hash, String prefix, Long createdBy, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (account_id, name, token_hash, prefix, created_at, created_by)
                VALUES (:accountId, :name, :hash, :prefix, :now, :createdBy)""")
                .param("accountId", accountId)
                .param("name", name)
                .param("hash", hash)
                .param("prefix", prefix)
                .param("now", utc(now))
                .param("createdBy", createdBy)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Presented> byHash(String hash) {
        return jdbc.sql("SELECT id, account_id, last_used_at, revoked_at FROM api_token WHERE token_hash = :hash")
                .param("hash", hash)
                .query((rs, row) -> new Presented(rs.getLong("id"), rs.getLong("account_id"),
                        instant(rs, "last_used_at"), instant(rs, "revoked_at")))
                .optional();
    }

    /** The newest first; revoked ones after the ones in use. */
    List<ApiToken> all() {
        return jdbc.sql(LISTED
                        + " ORDER BY CASE WHEN t.revoked_at IS NULL THEN 0 ELSE 1 END, t.created_at DESC, t.id DESC")
                .query(ApiTokenRepository::map).list();
    }

    Optional<ApiToken> find(long id) {
        return jdbc.sql(LISTED + " WHERE t.id = :id").param("id", id).query(ApiTokenRepository::map).optional();
    }

    int revoke(long id, Instant now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", utc(now)).param("id", id).update();
    }

    /**
     * Records a use unless one was recorded since {@code notSince}: a busy client costs one write a minute, and
     * two nodes racing for the same minute write once.
     */
    void recordUse(long id, Instant now, String address, Instant notSince) {
        jdbc.sql("""
                UPDATE api_token SET last_used_at = :now, last_used_from = :address
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :notSince)""")
                .param("now", utc(now))
                .param("address", address)
                .param("id", id)
                .param("notSince", utc(notSince))
                .update();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("account_id"), rs.getString("username"),
                rs.getString("display_name"), rs.getString("name"), rs.getString("prefix"),
                instant(rs, "created_at"), rs.getString("created_by_name"), instant(rs, "last_used_at"),
                rs.getString("last_used_from"), instant(rs, "revoked_at"));
    }
}
