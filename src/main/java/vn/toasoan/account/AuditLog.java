package vn.toasoan.account;

import static vn.toasoan.SqlValues.instant;
import static vn.toasoan.SqlValues.likeLiteral;
import static vn.toasoan.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.toasoan.text.VietnameseText;

/**
 * Who changed what, when and from where. Call it inside the transaction of the change, so the change and its
 * record commit (or roll back) together.
 */
@Service
public class AuditLog {

    private static final int DETAIL_LIMIT = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an action such as {@code article.publish} on a target such as ({@code article}, 42); the address is
     * the current request's, if there is one.
     */
    public void record(Actor actor, String action, String targetType, Object targetId, String detail) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor_id, actor_name, address, action, target_type, target_id,
                                         detail)
                VALUES (:at, :actorId, :actorName, :address, :action, :targetType, :targetId, :detail)""")
                .param("at", utc(clock.instant()))
                .param("actorId", actor.id())
                .param("actorName", actor.name())
                .param("address", currentAddress())
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId == null ? null : targetId.toString())
                .param("detail", shorten(VietnameseText.nfc(detail)))
                .update();
    }

    /** The newest entries first, a page at a time; an action prefix such as "article." narrows it. */
    public List<AuditEntry> recent(String actionPrefix, int limit, int offset) {
        return recent(actionPrefix, null, limit, offset);
    }

    /** As {@link #recent(String, int, int)}, narrowed to what one member of staff did when {@code actorId} is set. */
    public List<AuditEntry> recent(String actionPrefix, Long actorId, int limit, int offset) {
        return jdbc.sql("SELECT * FROM audit_event WHERE " + where(actorId)
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("prefix", likeLiteral(actionPrefix == null ? "" : actionPrefix) + "%")
                .param("actorId", actorId == null ? -1L : actorId)
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditLog::map).list();
    }

    public long count(String actionPrefix) {
        return count(actionPrefix, null);
    }

    public long count(String actionPrefix, Long actorId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE " + where(actorId))
                .param("prefix", likeLiteral(actionPrefix == null ? "" : actionPrefix) + "%")
                .param("actorId", actorId == null ? -1L : actorId)
                .query(Long.class).single();
    }

    private static String where(Long actorId) {
        return actorId == null ? "action LIKE :prefix" : "action LIKE :prefix AND actor_id = :actorId";
    }

    /** Everything recorded about one target, newest first. */
    public List<AuditEntry> about(String targetType, Object targetId) {
        return jdbc.sql("""
                SELECT * FROM audit_event WHERE target_type = :type AND target_id = :id
                ORDER BY occurred_at DESC, id DESC""")
                .param("type", targetType).param("id", targetId.toString())
                .query(AuditLog::map).list();
    }

    static String currentAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT - 1) + "…";
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        long actorId = rs.getLong("actor_id");
        Long actor = rs.wasNull() ? null : actorId;
        Instant at = instant(rs, "occurred_at");
        return new AuditEntry(rs.getLong("id"), at, actor, rs.getString("actor_name"), rs.getString("address"),
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("detail"));
    }

    /** The newest entries of one member of staff, newest first: what an author sees of the log. */
    public List<AuditEntry> recentBy(long actorId, int limit) {
        return jdbc.sql("SELECT * FROM audit_event WHERE actor_id = :actorId ORDER BY occurred_at DESC, id DESC"
                        + " LIMIT :limit")
                .param("actorId", actorId)
                .param("limit", limit)
                .query(AuditLog::map).list();
    }
}
