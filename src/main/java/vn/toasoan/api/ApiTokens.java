package vn.toasoan.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.account.Account;
import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.account.StaffUser;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.text.TypedText;

/**
 * API tokens: made and revoked by administrators, each acting for one member of staff. A token is 32 random bytes
 * (base64url, after the prefix {@value #PREFIX}, so it is recognisable in a leaked file or a secret scanner); it is
 * shown once and only its SHA-256 is kept. A hash of 256 random bits needs no slow password hash: nobody can guess
 * back from it, and looking the hash up leaves no timing to compare.
 */
@Service
public class ApiTokens {

    /** What staff without the role are told. */
    private static final String ADMINS_ONLY = "Chỉ quản trị viên được quản lý token API.";

    static final String PREFIX = "ts_";
    static final int RANDOM_BYTES = 32;
    /** A token given by the installer (TOASOAN_ADMIN_TOKEN) must be this long at least... */
    static final int MIN_LENGTH = 32;
    static final int MAX_LENGTH = 200;
    /** ...and made of the characters a bearer token may hold (RFC 6750 b64token). */
    static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9._~+/-]+=*");
    static final int NAME_MAX = 100;
    /** The last use is written at most this often per token. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    /** A token just made: the only moment its value is known. */
    public record Issued(long id, String token) {
    }

    /** What a presented token resolves to: the member of staff it acts for, or why it is refused. */
    record Check(StaffUser user, String refusal) {

        static Check refused(String reason) {
            return new Check(null, reason);
        }
    }

    private final ApiTokenRepository repository;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository repository, Accounts accounts, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a token for an enabled account; the returned value is shown once and never again. */
    @Transactional
    public Issued create(Actor actor, Long accountId, String name) {
        actor.require(Role.ADMIN, ADMINS_ONLY);
        String cleanName = name(name);
        if (accountId == null) {
            throw new InvalidInput("accountId", "Chọn người dùng mà token sẽ thay mặt.");
        }
        Account account = accounts.find(accountId)
                .orElseThrow(() -> new InvalidInput("accountId", "Người dùng đã chọn không còn tồn tại."));
        if (!account.enabled()) {
            throw new InvalidInput("accountId", "Tài khoản „" + account.username() + "” đã bị vô hiệu hóa.");
        }
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        long id = repository.insert(account.id(), cleanName, hash(token), token.substring(0, PREFIX.length() + 4),
                actor.id(), clock.instant());
        audit.record(actor, "token.create", "api_token", id,
                cleanName + " — thay mặt " + account.username() + " (" + account.role().label() + ")");
        return new Issued(id, token);
    }

    /** Stops a token from working at its next request. Revoking a revoked token changes nothing. */
    @Transactional
    public void revoke(Actor actor, long id) {
        actor.require(Role.ADMIN, ADMINS_ONLY);
        ApiToken token = repository.find(id).orElseThrow(() -> new NotFound("Không tìm thấy token " + id + "."));
        if (repository.revoke(id, clock.instant()) > 0) {
            audit.record(actor, "token.revoke", "api_token", id, token.name() + " — của " + token.username());
        }
    }

    public List<ApiToken> all() {
        return repository.all();
    }

    public Optional<ApiToken> find(long id) {
        return repository.find(id);
    }

    /**
     * Stores a token whose value the installer chose ({@code TOASOAN_ADMIN_TOKEN}), inside the transaction that
     * created the account.
     */
    @Transactional
    void createGiven(long accountId, String token, String name) {
        String problem = problemWithGiven(token);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        long id = repository.insert(accountId, name, hash(token), token.substring(0, 4), null, clock.instant());
        audit.record(Actor.system(), "token.create", "api_token", id, name);
    }

    /** Why a token chosen by the installer cannot be used, or null when it can. Never repeats the token. */
    static String problemWithGiven(String token) {
        if (token.length() < MIN_LENGTH) {
            return "is too short: it must have at least " + MIN_LENGTH + " characters (it has " + token.length()
                    + "); generate one with `openssl rand -base64 32`";
        }
        if (token.length() > MAX_LENGTH) {
            return "is too long: at most " + MAX_LENGTH + " characters";
        }
        if (!TOKEN_SHAPE.matcher(token).matches()) {
            return "may hold only letters A-Z a-z, digits and . _ ~ + / - (then = at the end), as a bearer token";
        }
        return null;
    }

    /**
     * The member of staff a presented token acts for, with the account as it is now (a changed role applies at
     * once); refused when the token is unknown or revoked or its account disabled. A use is recorded at most
     * once a minute.
     */
    Check check(String token, String address) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return Check.refused("Token không hợp lệ.");
        }
        Optional<ApiTokenRepository.Presented> presented = repository.byHash(hash(token));
        if (presented.isEmpty()) {
            return Check.refused("Token không hợp lệ.");
        }
        ApiTokenRepository.Presented found = presented.get();
        if (found.revokedAt() != null) {
            return Check.refused("Token đã bị thu hồi.");
        }
        Optional<Account> account = accounts.find(found.accountId()).filter(Account::enabled);
        if (account.isEmpty()) {
            return Check.refused("Tài khoản của token đã bị vô hiệu hóa.");
        }
        Instant now = clock.instant();
        Instant notSince = now.minus(USE_RECORDED_EVERY);
        if (found.lastUsedAt() == null || found.lastUsedAt().isBefore(notSince)) {
            repository.recordUse(found.id(), now, address, notSince);
        }
        return new Check(new StaffUser(account.get()), null);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String name(String name) {
        String clean = TypedText.line(name);
        if (clean == null) {
            throw new InvalidInput("name",
                    "Đặt tên cho token, ví dụ „Ban biên tập tỉnh” hoặc „Script chuyển dữ liệu”.");
        }
        if (clean.length() > NAME_MAX) {
            throw new InvalidInput("name", "Tên token dài tối đa " + NAME_MAX + " ký tự.");
        }
        return clean;
    }
}
