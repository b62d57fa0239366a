package vn.toasoan.changes;

import java.util.List;
import java.util.Optional;

/**
 * Something on this node that follows the change feed: the search index, the page cache, the settings in force.
 * Every node follows the whole feed with its own positions (a broadcast, not a work queue).
 *
 * <p>Entries arrive in the order of their numbers, except those of a transaction that committed after a later one:
 * they come as soon as it commits. A follower therefore treats an entry as "this subject changed" and reads the
 * subject's current state, never as a delta.
 */
public interface ChangeFollower {

    /** A short stable name, for logs, the lag metric and the health details. */
    String name();

    /**
     * The position stored with the follower's own state, if it keeps state across restarts; empty for a follower
     * that starts from scratch with every process (a memory cache), or that has lost its position.
     */
    Optional<FeedPosition> storedPosition();

    /**
     * The follower cannot go on from a stored position (it has none, or the feed was pruned past it): it brings
     * its state in line with the database as it is now. It then receives every entry after {@code from}.
     */
    void startOver(FeedPosition from);

    /**
     * Applies committed entries. A follower with a stored position stores {@code after} together with the effects,
     * so that after a crash nothing is missed or applied twice. A failure leaves the position where it was: the same
     * entries come again at the next round.
     */
    void apply(List<Change> changes, FeedPosition after);
}
