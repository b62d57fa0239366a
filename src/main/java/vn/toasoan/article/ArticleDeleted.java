package vn.toasoan.article;

/**
 * Published inside the transaction that deletes an article or page, just before its row goes: a feature that links
 * to it (a menu item) removes the link in the same commit, by its own rules. {@link ArticleChanged} follows as for
 * any change readers see.
 */
public record ArticleDeleted(long articleId) {
}
