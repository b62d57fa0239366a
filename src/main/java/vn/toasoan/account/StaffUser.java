package vn.toasoan.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in member of staff, as Spring Security holds them (also for API clients acting with a token). Holds
 * no password: authentication is done by then. It does hold the account's credentials stamp as it was at login, so
 * a session can be told apart from the sessions that began before the password last changed.
 */
public final class StaffUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Account account;
    private final int credentialsStamp;

    /** A principal for one request only (an API call): no session keeps it, so it needs no stamp. */
    public StaffUser(Account account) {
        this(account, 0);
    }

    StaffUser(Account account, int credentialsStamp) {
        this.account = account;
        this.credentialsStamp = credentialsStamp;
    }

    public Account account() {
        return account;
    }

    public Actor actor() {
        return account.actor();
    }

    public long id() {
        return account.id();
    }

    public Role role() {
        return account.role();
    }

    /** Whether both began under the same password (and no disabling since): if not, the older session must end. */
    public boolean sameCredentialsAs(StaffUser other) {
        return credentialsStamp == other.credentialsStamp;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffUser staff && staff.account.id() == account.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(account.id());
    }

    @Override
    public String toString() {
        return account.username();
    }
}
