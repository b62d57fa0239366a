package vn.toasoan.category;

/**
 * The category form as typed; strings, so a refused form comes back as it was sent.
 *
 * @param slug the address part; blank to make one from the name
 * @param parentId the parent's id, or blank for a top-level category
 * @param showOnHome ticked: a block of its latest articles on the home page (top-level categories)
 */
public record CategoryChange(String name, String slug, String description, String parentId, Boolean showOnHome) {

    /** An unticked box is not sent at all. */
    public boolean shownOnHome() {
        return Boolean.TRUE.equals(showOnHome);
    }
}
