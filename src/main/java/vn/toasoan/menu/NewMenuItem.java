package vn.toasoan.menu;

/** A menu entry pointing at exactly one of: an address, a category, an article or page (or nothing, a heading). */
record NewMenuItem(String menu, Long parentId, String label, String url, Long categoryId, Long articleId,
        int position) {
}
