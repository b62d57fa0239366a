package vn.toasoan.account;

/** What an administrator fills in to add a member of staff. */
public record NewAccount(String username, String displayName, String penName, String email, Role role,
        String password) {
}
