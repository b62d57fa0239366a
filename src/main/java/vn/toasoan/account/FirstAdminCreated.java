package vn.toasoan.account;

/**
 * Published once, when the first start of an empty database has created the first administrator; unattended
 * installs hook on it (an API token for that administrator, for example).
 */
public record FirstAdminCreated(long accountId) {
}
