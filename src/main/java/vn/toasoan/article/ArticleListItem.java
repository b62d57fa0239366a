package vn.toasoan.article;

import java.time.Instant;

/** An article as the newsroom's list shows it. */
public record ArticleListItem(long id, ArticleKind kind, String title, String slug, ArticleStatus status,
        String categoryName, Long authorId, String authorName, String byline, Instant updatedAt,
        Instant publishedAt, int version) {

    /** Published with a time still to come. */
    public boolean isScheduledAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
    }
}
