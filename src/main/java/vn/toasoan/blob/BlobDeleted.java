package vn.toasoan.blob;

import vn.toasoan.changes.FeedChange;

/**
 * A blob left the shared store: every node drops its cached copy ({@link BlobCacheFollower}). Recorded in the
 * transaction of the deletion, so a deletion that rolls back tells nobody.
 *
 * @param area the table the blob was in
 */
record BlobDeleted(String area, String key) implements FeedChange {

    static final String TOPIC = "blob";

    @Override
    public String topic() {
        return TOPIC;
    }

    /** "media_blob 2026/05/hoi-nghi-3f9a1c07d2b4.jpg": neither part has a space. */
    @Override
    public String detail() {
        return area + " " + key;
    }
}
