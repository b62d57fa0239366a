package vn.toasoan.changes;

/**
 * An event that is also recorded in the change feed. Its owner publishes it (Spring's
 * {@code ApplicationEventPublisher}) inside the transaction that makes the change; the feed writes it in that same
 * transaction, so it is committed with the change or not at all.
 */
public interface FeedChange {

    /** What changed, as followers filter it: "article", "category", … (at most 40 characters, stable). */
    String topic();

    /** The id of the changed row; none (null) when the topic has no rows of its own (the banner strip, the settings). */
    default Long subject() {
        return null;
    }

    /** Anything a follower needs beyond the id (a category's former slug); at most 400 characters, or null. */
    default String detail() {
        return null;
    }
}
