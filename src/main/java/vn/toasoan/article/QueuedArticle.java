package vn.toasoan.article;

import java.time.Instant;

/**
 * An article waiting for someone in the newsroom: for review (submitted), or for its author (draft, returned).
 *
 * @param authorId the account that wrote it, or {@code null} (imported, or written before accounts existed)
 * @param returnReason why an editor returned it, or {@code null}
 * @param updatedAt the last change: for a submitted article, when it was submitted
 */
public record QueuedArticle(long id, ArticleKind kind, String title, ArticleStatus status, Long authorId,
        String byline, String returnReason, Instant updatedAt) {
}
