package vn.toasoan.changes;

/**
 * Tells the other nodes that this node committed changes, so they read the feed now rather than at their next poll.
 * Only a hint: a node that is away, or a message lost, is caught up by the poll; the feed stays the truth.
 */
interface ChangeWakeUps {

    /** After a commit that recorded changes; returns at once, whatever becomes of the message. */
    void committed();
}
