package vn.toasoan.article;

/** Published after an article's public face changed (published, edited, unpublished, deleted). */
public record ArticleChanged(long articleId) {
}
