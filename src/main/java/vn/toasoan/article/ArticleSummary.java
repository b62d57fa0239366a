package vn.toasoan.article;

import java.time.Instant;

import vn.toasoan.media.MediaRef;

/** An article as lists show it: headline, lead, date, section and cover. */
public record ArticleSummary(long id, ArticleKind kind, String title, String slug, String sapo,
        Instant publishedAt, Long categoryId, String categoryName, String categorySlug, MediaRef cover,
        long viewCount) {

    public String url() {
        return ArticleUrls.of(kind, slug, id);
    }

    /** The same summary showing another cover (the same picture with its smaller copies, say). */
    public ArticleSummary withCover(MediaRef otherCover) {
        return new ArticleSummary(id, kind, title, slug, sapo, publishedAt, categoryId, categoryName, categorySlug,
                otherCover, viewCount);
    }

    public String categoryUrl() {
        return categorySlug == null ? null : "/chuyen-muc/" + categorySlug;
    }
}
