package vn.toasoan.account;

import java.io.Serializable;
import java.time.Instant;

/** A member of staff as the newsroom lists them; the password hash never leaves the account package. */
public record Account(long id, String username, String displayName, String penName, String email, Role role,
        boolean enabled, int failedLogins, Instant lockedUntil, Instant lastLoginAt, Instant createdAt, int version)
        implements Serializable {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Actor actor() {
        return new Actor(id, displayName, penName == null || penName.isBlank() ? displayName : penName, role);
    }
}
