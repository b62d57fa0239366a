package vn.toasoan.article;

import vn.toasoan.changes.FeedChange;

/**
 * Published, inside its transaction, when an article or page was created, edited, published, unpublished or deleted
 * (drafts included: followers read the article and decide whether readers see it).
 */
public record ArticleChanged(long articleId) implements FeedChange {

    public static final String TOPIC = "article";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Long subject() {
        return articleId;
    }
}
