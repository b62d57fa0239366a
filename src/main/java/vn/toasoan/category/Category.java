package vn.toasoan.category;

/**
 * A section of the site (chuyên mục); categories form a tree through {@code parentId}.
 *
 * @param showOnHome whether the home page shows a block of this category's latest articles
 */
public record Category(long id, Long parentId, String slug, String name, String description, int position,
        boolean showOnHome) {

    /** The public address of the category page. */
    public String url() {
        return "/chuyen-muc/" + slug;
    }
}
