package vn.toasoan.article;

/**
 * What it takes to write an article. A blank slug is generated from the title.
 *
 * @param bodyHtml any HTML: it is sanitised before it is stored
 */
public record NewArticle(ArticleKind kind, Long categoryId, String title, String slug, String sapo,
        String bodyHtml, Long coverMediaId, String byline, boolean featured, Long documentId) {
}
