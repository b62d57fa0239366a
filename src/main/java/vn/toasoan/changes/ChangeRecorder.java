package vn.toasoan.changes;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes every {@link FeedChange} into the feed, in the transaction that publishes it, and has this node's
 * followers apply it as soon as that transaction has committed: the editor's next request already sees it in
 * search and on the public pages. Other nodes are woken up to read it ({@link ChangeWakeUps}), or find it at their
 * next poll.
 */
@Component
class ChangeRecorder {

    static final int TOPIC_MAX = 40;
    static final int DETAIL_MAX = 400;

    /**
     * A failpoint for the crash test only: {@code -Dtoasoan.failpoint.halt-after-commit=article} stops the JVM at
     * once ({@code Runtime.halt}, as {@code kill -9} would) right after the first commit that recorded a change of
     * that topic, before any follower has seen it.
     */
    private static final String HALT_AFTER_COMMIT = System.getProperty("toasoan.failpoint.halt-after-commit");

    private final ChangeFeedRepository repository;
    private final ChangeFollowing following;
    private final ChangeWakeUps wakeUps;
    private final Clock clock;

    ChangeRecorder(ChangeFeedRepository repository, ChangeFollowing following, ChangeWakeUps wakeUps, Clock clock) {
        this.repository = repository;
        this.following = following;
        this.wakeUps = wakeUps;
        this.clock = clock;
    }

    /**
     * Synchronous, so in the publisher's transaction: the entry commits or rolls back with the change. Published
     * outside a transaction, the change would be committed without its entry (or the entry without the change), so
     * it is refused.
     */
    @EventListener
    void record(FeedChange change) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(change + " was published outside a transaction: publish it inside the"
                    + " transaction that makes the change, so the change feed records it with the change");
        }
        String topic = change.topic();
        if (topic == null || topic.isEmpty() || topic.length() > TOPIC_MAX) {
            throw new IllegalArgumentException("Change feed topic must have 1 to " + TOPIC_MAX + " characters: " + change);
        }
        String detail = change.detail();
        if (detail != null && detail.length() > DETAIL_MAX) {
            throw new IllegalArgumentException("Change feed detail longer than " + DETAIL_MAX + " characters: " + change);
        }
        repository.insert(topic, change.subject(), detail, clock.instant());
        followAfterCommit(topic);
    }

    /** Once per transaction (a nested REQUIRES_NEW transaction has its own), however many changes it records. */
    private void followAfterCommit(String topic) {
        boolean halt = topic.equals(HALT_AFTER_COMMIT);
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof AfterCommit pending) {
                pending.halt |= halt;
                return;
            }
        }
        AfterCommit pending = new AfterCommit();
        pending.halt = halt;
        TransactionSynchronizationManager.registerSynchronization(pending);
    }

    private final class AfterCommit implements TransactionSynchronization {

        private boolean halt;

        @Override
        public void afterCommit() {
            if (halt) {
                Runtime.getRuntime().halt(137);
            }
            // First: the other nodes read the feed while this one does.
            wakeUps.committed();
            following.catchUp();
        }
    }
}
