package vn.toasoan.category;

/** What it takes to create a category; the slug must already be a valid, unique slug. */
public record NewCategory(Long parentId, String slug, String name, String description, int position,
        boolean showOnHome) {
}
