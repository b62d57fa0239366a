package vn.toasoan.media;

import vn.toasoan.changes.FeedChange;

/**
 * Published, inside its transaction, when an item of the media library was uploaded, described or deleted: pages
 * that show it (its alternative text, caption, credit) must be rendered again.
 */
public record MediaChanged(long mediaId) implements FeedChange {

    public static final String TOPIC = "media";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Long subject() {
        return mediaId;
    }
}
