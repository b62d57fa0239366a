package vn.toasoan.testsupport;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.NewAccount;
import vn.toasoan.account.Role;

/** Members of staff for tests: an account of a role, created through the service and logged in over HTTP. */
public final class StaffLogins {

    public static final String PASSWORD = "mat-khau-thu-nghiem";

    private final Accounts accounts;
    private final int port;

    public StaffLogins(Accounts accounts, int port) {
        this.accounts = accounts;
        this.port = port;
    }

    /** The first administrator ({@code admin}), logged in. */
    public NewsroomClient admin(String password) {
        return new NewsroomClient(port).loggedInAs("admin", password);
    }

    /** A new account of this role (display name "Người thử + username"), logged in. */
    public NewsroomClient as(Role role, String username) {
        create(role, username);
        return new NewsroomClient(port).loggedInAs(username, PASSWORD);
    }

    /** A new account of this role; returns its id. */
    public long create(Role role, String username) {
        return accounts.create(Actor.system(), new NewAccount(username, "Người thử " + username, null, null, role,
                PASSWORD));
    }
}
