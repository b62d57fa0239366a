package vn.toasoan.changes;

import java.time.Instant;

/**
 * One committed entry of the change feed.
 *
 * @param seq its position in the feed; positions are unique and increase, but may be seen out of order (a
 *     transaction that took its number earlier can commit later) and some are never used (rolled back)
 * @param topic what changed, see {@link FeedChange#topic()}
 * @param subject the id of the changed row, or null
 * @param detail see {@link FeedChange#detail()}
 * @param recordedAt when the change was recorded
 */
public record Change(long seq, String topic, Long subject, String detail, Instant recordedAt) {

    public boolean is(String topic) {
        return this.topic.equals(topic);
    }
}
