package vn.toasoan.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.toasoan.SiteZone;

/**
 * Logs staff in with their username and password, applying the {@link LoginThrottle}. Every outcome is in the
 * audit log. Unknown usernames cost the same hashing time as known ones, so timing does not reveal which exist.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    static final String WRONG = "Tên đăng nhập hoặc mật khẩu không đúng.";

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final SiteZone zone;
    /** Compared against when the user does not exist, so that answer takes as long as a wrong password. Made at
     * the first such login, not at start-up: a BCrypt hash costs tens of milliseconds. */
    private final SingletonSupplier<String> unknownUserHash;

    StaffAuthenticationProvider(AccountRepository repository, PasswordEncoder passwords, LoginThrottle throttle,
            AuditLog audit, Clock clock, SiteZone zone) {
        this.repository = repository;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.unknownUserHash = SingletonSupplier.of(() -> passwords.encode("không có tài khoản này"));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = AuditLog.currentAddress();
        Instant now = clock.instant();

        Instant addressLock = throttle.addressLockedUntil(address);
        if (addressLock != null) {
            throw new LockedException("Có quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau "
                    + time(addressLock) + ".");
        }
        AccountRepository.Credentials credentials = repository.credentials(username).orElse(null);
        if (credentials == null) {
            passwords.matches(password, unknownUserHash.obtain());
            throttle.addressFailed(address);
            throw new BadCredentialsException(WRONG);
        }
        Account account = credentials.account();
        Instant waitUntil = throttle.accountWaitUntil(account.failedLogins(), credentials.lastFailedAt(),
                account.lockedUntil());
        if (waitUntil != null && waitUntil.isAfter(now)) {
            throw new LockedException(account.lockedAt(now) ? lockedMessage(waitUntil)
                    : "Đăng nhập sai nhiều lần: vui lòng đợi " + seconds(now, waitUntil) + " giây rồi thử lại.");
        }
        if (!passwords.matches(password, credentials.passwordHash())) {
            int failures = repository.countFailure(account.id(), now);
            Instant lock = throttle.lockFor(failures, now);
            if (lock != null) {
                repository.lock(account.id(), lock);
            }
            throttle.addressFailed(address);
            audit.record(account.actor(), "login.failure", "account", account.id(),
                    "Lần sai thứ " + failures + (lock == null ? "" : "; tạm khóa đến " + time(lock)));
            if (lock != null) {
                throw new LockedException(lockedMessage(lock));
            }
            throw new BadCredentialsException(WRONG);
        }
        if (!account.enabled()) {
            throw new DisabledException("Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị viên.");
        }
        repository.recordLogin(account.id(), now);
        throttle.addressSucceeded(address);
        audit.record(account.actor(), "login.success", "account", account.id(), null);
        // The stamp read with the hash just checked: a password changed meanwhile ends this session at once.
        StaffUser user = new StaffUser(repository.findById(account.id()).orElseThrow(),
                credentials.credentialsStamp());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String lockedMessage(Instant until) {
        return "Tài khoản tạm khóa vì đăng nhập sai nhiều lần. Thử lại sau " + time(until)
                + " hoặc nhờ quản trị viên mở khóa.";
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").format(instant.atZone(zone.get()));
    }

    private static long seconds(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }
}
