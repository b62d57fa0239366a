package vn.toasoan.account;

import java.util.Locale;

import vn.toasoan.failure.InvalidInput;

/** What makes a password acceptable: long enough to resist guessing, and not the username in disguise. */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    /** BCrypt reads 72 bytes; longer passwords would be silently cut. */
    static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    static void check(String field, String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInput(field, "Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự.");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInput(field, "Mật khẩu quá dài (tối đa " + MAX_BYTES + " byte).");
        }
        if (password.isBlank() || (username != null
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT)))) {
            throw new InvalidInput(field, "Mật khẩu không được chứa tên đăng nhập.");
        }
    }
}
