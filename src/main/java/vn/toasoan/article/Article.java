package vn.toasoan.article;

import java.time.Instant;

/**
 * A stored article or static page.
 *
 * @param bodyHtml sanitised HTML, safe to render as is
 * @param byline the pen name printed under the article, not necessarily an account
 * @param authorId the account that wrote it; null for imported and demo articles
 * @param returnReason why an editor returned it to its author, while it is returned
 */
public record Article(long id, ArticleKind kind, Long categoryId, String title, String slug, String sapo,
        String bodyHtml, Long coverMediaId, String byline, ArticleStatus status, boolean featured,
        Instant publishedAt, Long documentId, long viewCount, int version, Instant createdAt, Instant updatedAt,
        Long authorId, String returnReason) {

    /** Readers can see it: published, and its publication time has come. */
    public boolean isVisibleAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    public String url() {
        return ArticleUrls.of(kind, slug, id);
    }
}
