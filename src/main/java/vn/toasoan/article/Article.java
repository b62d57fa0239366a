package vn.toasoan.article;

import java.time.Instant;

/**
 * A stored article or static page.
 *
 * @param bodyHtml sanitised HTML, safe to render as is
 * @param byline the pen name printed under the article, not necessarily an account
 */
public record Article(long id, ArticleKind kind, Long categoryId, String title, String slug, String sapo,
        String bodyHtml, Long coverMediaId, String byline, ArticleStatus status, boolean featured,
        Instant publishedAt, Long documentId, long viewCount, int version, Instant createdAt, Instant updatedAt) {

    public String url() {
        return ArticleUrls.of(kind, slug, id);
    }
}
