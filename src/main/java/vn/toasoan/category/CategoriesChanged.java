package vn.toasoan.category;

/**
 * Published when a category was created, changed, moved or deleted: menus, lists and the home page's blocks
 * show categories, so public pages must be rendered again.
 *
 * @param oldSlug the address the category had until this change, or null when its address stayed: whatever
 *     keeps a category's slug (the search index) must follow
 */
public record CategoriesChanged(long categoryId, String oldSlug) {

    public CategoriesChanged(long categoryId) {
        this(categoryId, null);
    }

    public boolean slugChanged() {
        return oldSlug != null;
    }
}
