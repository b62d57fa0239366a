package vn.toasoan.api;

import java.time.Instant;

/**
 * An API token as the token page lists it; the token itself is never stored, only its hash.
 *
 * @param prefix the first characters of the token, so people can tell their tokens apart
 * @param createdBy who made it; "Hệ thống" for the token of {@code TOASOAN_ADMIN_TOKEN}
 * @param lastUsedAt the last request with it, recorded at most once a minute
 */
public record ApiToken(long id, long accountId, String username, String accountName, String name, String prefix,
        Instant createdAt, String createdBy, Instant lastUsedAt, String lastUsedFrom, Instant revokedAt) {
}
