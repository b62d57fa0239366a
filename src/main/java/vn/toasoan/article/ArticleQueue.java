package vn.toasoan.article;

import java.util.List;

/**
 * The first articles of a newsroom queue and how many there are in all.
 *
 * @param total every article in the queue, also those beyond {@code items}
 */
public record ArticleQueue(long total, List<QueuedArticle> items) {
}
