package vn.toasoan.account;

import vn.toasoan.failure.NotPermitted;

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

    /**
     * Refuses an actor whose role does not include {@code needed}: the one permission check of the features' staff
     * commands (categories, menus, banners, documents, media, settings, accounts, API tokens).
     *
     * @param refusal what the person is told, in Vietnamese: "Chỉ quản trị viên được …"
     * @throws NotPermitted when the role is not enough
     */
    public void require(Role needed, String refusal) {
        if (!can(needed)) {
            throw new NotPermitted(refusal);
        }
    }
}
