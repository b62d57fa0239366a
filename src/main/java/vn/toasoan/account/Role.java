package vn.toasoan.account;

/**
 * What a member of staff may do. Each role includes the ones below it: an editor can do what an author can, an
 * administrator what an editor can.
 */
public enum Role {
    /** Phóng viên: writes articles and submits them for review. */
    AUTHOR("Phóng viên"),
    /** Biên tập viên: reviews, edits, schedules and publishes; manages categories, menu, banners, documents. */
    EDITOR("Biên tập viên"),
    /** Quản trị: everything, including users, settings, API tokens and the audit log. */
    ADMIN("Quản trị");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown in the newsroom. */
    public String label() {
        return label;
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
