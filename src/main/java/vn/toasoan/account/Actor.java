package vn.toasoan.account;

/**
 * Who is doing something, as services see it: a logged-in member of staff, an API client acting for one, or the
 * system itself (scheduled publication, start-up).
 *
 * @param id the account, or {@code null} for the system
 * @param name the name recorded in the audit log and in revisions
 * @param penName the byline an article defaults to
 */
public record Actor(Long id, String name, String penName, Role role) {

    private static final Actor SYSTEM = new Actor(null, "Hệ thống", null, Role.ADMIN);

    public static Actor system() {
        return SYSTEM;
    }

    public boolean can(Role needed) {
        return role.includes(needed);
    }
}
