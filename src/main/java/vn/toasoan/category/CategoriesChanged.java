package vn.toasoan.category;

import vn.toasoan.changes.FeedChange;

/**
 * Published when a category was created, changed, moved or deleted: menus, lists and the home page's blocks
 * show categories, so public pages must be rendered again.
 *
 * @param oldSlug the address the category had until this change, or null when its address stayed: whatever
 *     keeps a category's slug (the search index) must follow
 */
public record CategoriesChanged(long categoryId, String oldSlug) implements FeedChange {

    public static final String TOPIC = "category";

    public CategoriesChanged(long categoryId) {
        this(categoryId, null);
    }

    public boolean slugChanged() {
        return oldSlug != null;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Long subject() {
        return categoryId;
    }

    @Override
    public String detail() {
        return oldSlug;
    }
}
