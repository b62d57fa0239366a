package vn.toasoan.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.failure.VersionConflict;
import vn.toasoan.text.EmailAddresses;
import vn.toasoan.text.TypedText;

/** Staff accounts: created, changed and disabled by administrators; every change in the audit log. */
@Service
public class Accounts {

    /** What staff without the role are told. */
    private static final String ADMINS_ONLY = "Chỉ quản trị viên được quản lý tài khoản.";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    /** The column's limit (VARCHAR(200)): longer input is refused with a message, not by the database. */
    static final int NAME_MAX = 200;
    private static final char[] PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
            .toCharArray();

    /**
     * A password set by an administrator.
     *
     * @param password shown once to the administrator, never stored in clear
     * @param staffUser the account as a session holds it from now on: the administrator's own session takes it
     *        when they reset their own password, every other session of the account ends
     */
    public record PasswordReset(String password, StaffUser staffUser) {
    }

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Accounts(AccountRepository repository, PasswordEncoder passwords, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long create(Actor actor, NewAccount account) {
        actor.require(Role.ADMIN, ADMINS_ONLY);
        String username = account.username() == null ? "" : account.username().strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInput("username",
                    "Tên đăng nhập gồm 3–60 chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.");
        }
        if (repository.usernameTaken(username)) {
            throw usernameTaken(username);
        }
        String displayName = requiredName(account.displayName());
        if (account.role() == null) {
            throw new InvalidInput("role", "Chọn vai trò.");
        }
        String penName = penName(account.penName());
        String email = email(account.email());
        PasswordRules.check("password", username, account.password());
        NewAccount clean = new NewAccount(username, displayName, penName, email, account.role(), null);
        long id;
        try {
            id = repository.insert(clean, passwords.encode(account.password()), clock.instant());
        } catch (DuplicateKeyException e) {
            // Taken by another administrator between the check above and this insert.
            throw usernameTaken(username);
        }
        audit.record(actor, "account.create", "account", id, username + " (" + account.role().label() + ")");
        events.publishEvent(new AccountChanged(id));
        return id;
    }

    public Optional<Account> find(long id) {
        return repository.findById(id);
    }

    /** The account as a session of it should hold it now; compared with a session's own by CurrentStaffFilter. */
    public Optional<StaffUser> staffUser(long id) {
        return repository.staffUser(id);
    }

    public List<Account> all() {
        return repository.all();
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    /**
     * Changes name, role or whether the account may log in; refuses to leave the site without an enabled
     * administrator. Disabling ends the account's sessions for good: enabling it again does not bring them back.
     */
    @Transactional
    public void update(Actor actor, long id, int version, String displayName, String penName, String email,
            Role role, boolean enabled) {
        actor.require(Role.ADMIN, ADMINS_ONLY);
        Account current = repository.findById(id).orElseThrow(() -> new NotFound("Không tìm thấy tài khoản."));
        String cleanName = requiredName(displayName);
        String cleanPenName = penName(penName);
        String cleanEmail = email(email);
        if (role == null) {
            throw new InvalidInput("role", "Chọn vai trò.");
        }
        boolean losesAdmin = current.role() == Role.ADMIN && current.enabled() && (role != Role.ADMIN || !enabled);
        if (losesAdmin && repository.lockActiveAdmins().stream().noneMatch(admin -> admin != id)) {
            throw new InvalidInput(enabled ? "role" : "enabled",
                    "Đây là quản trị viên cuối cùng: hãy chỉ định quản trị viên khác trước.");
        }
        if (repository.update(id, version, cleanName, cleanPenName, cleanEmail, role, enabled) == 0) {
            throw new VersionConflict("Tài khoản vừa được người khác sửa; hãy tải lại trang.", current.version());
        }
        audit.record(actor, "account.update", "account", id, current.username() + ": " + role.label()
                + (enabled ? "" : ", đã khóa"));
        events.publishEvent(new AccountChanged(id));
    }

    /** The member of staff changes the name shown in the newsroom and the byline their articles default to. */
    @Transactional
    public void updateOwnNames(Actor actor, String displayName, String penName) {
        Account account = repository.findById(actor.id()).orElseThrow(() -> new NotFound("Không tìm thấy tài khoản."));
        String cleanName = requiredName(displayName);
        String cleanPenName = penName(penName);
        repository.updateNames(account.id(), cleanName, cleanPenName);
        audit.record(actor, "account.profile", "account", account.id(), account.username() + ": " + cleanName
                + (cleanPenName == null ? "" : " (bút danh " + cleanPenName + ")"));
        events.publishEvent(new AccountChanged(account.id()));
    }

    /**
     * The member of staff changes their own password, proving they know the current one. Their other sessions
     * end; the returned principal is the one the session that made the change keeps.
     */
    @Transactional
    public StaffUser changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        AccountRepository.Credentials credentials = repository.lockCredentials(actor.id())
                .orElseThrow(() -> new NotFound("Không tìm thấy tài khoản."));
        Account account = credentials.account();
        if (currentPassword == null || !passwords.matches(currentPassword, credentials.passwordHash())) {
            throw new InvalidInput("currentPassword", "Mật khẩu hiện tại không đúng.");
        }
        PasswordRules.check("newPassword", account.username(), newPassword);
        repository.setPassword(account.id(), passwords.encode(newPassword), clock.instant());
        audit.record(actor, "account.password", "account", account.id(), account.username());
        events.publishEvent(new AccountChanged(account.id()));
        return repository.staffUser(account.id()).orElseThrow();
    }

    /** An administrator sets a new password, which ends every session of the account. */
    @Transactional
    public PasswordReset resetPassword(Actor actor, long id) {
        actor.require(Role.ADMIN, ADMINS_ONLY);
        Account account = repository.lockCredentials(id).orElseThrow(() -> new NotFound("Không tìm thấy tài khoản."))
                .account();
        String password = generatePassword();
        repository.setPassword(id, passwords.encode(password), clock.instant());
        repository.unlock(id);
        audit.record(actor, "account.reset-password", "account", id, account.username());
        events.publishEvent(new AccountChanged(id));
        return new PasswordReset(password, repository.staffUser(id).orElseThrow());
    }

    @Transactional
    public void unlock(Actor actor, long id) {
        actor.require(Role.ADMIN, ADMINS_ONLY);
        Account account = repository.findById(id).orElseThrow(() -> new NotFound("Không tìm thấy tài khoản."));
        repository.unlock(id);
        audit.record(actor, "account.unlock", "account", id, account.username());
        events.publishEvent(new AccountChanged(id));
    }

    /** A random password of 16 letters and digits (~93 bits), without look-alikes such as l/1 and O/0. */
    String generatePassword() {
        char[] chars = new char[16];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)];
        }
        return new String(chars);
    }

    private static InvalidInput usernameTaken(String username) {
        return new InvalidInput("username", "Tên đăng nhập „" + username + "” đã có người dùng.");
    }

    private static String requiredName(String name) {
        String clean = TypedText.line(name);
        if (clean == null) {
            throw new InvalidInput("displayName", "Nhập họ và tên.");
        }
        if (TypedText.length(clean) > NAME_MAX) {
            throw new InvalidInput("displayName", "Họ và tên dài tối đa " + NAME_MAX + " ký tự.");
        }
        return clean;
    }

    private static String penName(String penName) {
        String clean = TypedText.line(penName);
        if (TypedText.length(clean) > NAME_MAX) {
            throw new InvalidInput("penName", "Bút danh dài tối đa " + NAME_MAX + " ký tự.");
        }
        return clean;
    }

    private static String email(String email) {
        String clean = TypedText.line(email);
        if (clean == null) {
            return null;
        }
        if (clean.length() > EmailAddresses.MAX_LENGTH) {
            throw new InvalidInput("email", "Thư điện tử dài tối đa " + EmailAddresses.MAX_LENGTH + " ký tự.");
        }
        if (!EmailAddresses.hasAddressShape(clean)) {
            throw new InvalidInput("email", "Thư điện tử không hợp lệ: dạng ten@co-quan.gov.vn.");
        }
        return clean;
    }
}
