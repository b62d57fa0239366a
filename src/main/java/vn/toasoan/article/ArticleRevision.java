package vn.toasoan.article;

import java.time.Instant;
import java.util.List;

/**
 * What an article was saved as, by whom and when; restoring one saves its content again.
 *
 * @param tags tag names, null for revisions kept before tags existed (a restore then keeps the current ones)
 * @param extraCategoryIds null for revisions kept before extra categories existed
 */
public record ArticleRevision(long articleId, int number, Long savedBy, String savedByName, Instant savedAt,
        String note, String title, String slug, String sapo, String bodyHtml, String byline, Long categoryId,
        Long coverMediaId, Long documentId, boolean featured, ArticleStatus status, List<String> tags,
        List<Long> extraCategoryIds) {
}
