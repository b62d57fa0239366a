package vn.toasoan.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in member of staff, as Spring Security holds them (also for API clients acting with a token). Holds
 * no password: authentication is done by then.
 */
public final class StaffUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Account account;

    public StaffUser(Account account) {
        this.account = account;
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
