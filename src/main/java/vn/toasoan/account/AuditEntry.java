package vn.toasoan.account;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, String address,
        String action, String targetType, String targetId, String detail) {
}
