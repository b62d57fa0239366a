package vn.toasoan.category;

/** A category as stored, once {@link Categories} has checked the form: the slug is valid and unique. */
record NewCategory(Long parentId, String slug, String name, String description, int position,
        boolean showOnHome) {
}
