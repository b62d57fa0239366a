package vn.toasoan.changes;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes entries older than {@code toasoan.changes.retention}, hourly, on one node at a time (the lock
 * {@value #LOCK}). Were two to run it, the second would delete nothing: the lock only spares the work. A node that was down for longer than the retention finds its followers' positions
 * below the pruned mark and starts them over (see {@link ChangeFollowing#start}).
 */
@Component
class ChangeFeedPruning {

    static final String LOCK = "change-feed-pruning";

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedPruning.class);

    private final ChangeFeedRepository feed;
    private final ChangeFeedProperties properties;
    private final Clock clock;

    ChangeFeedPruning(ChangeFeedRepository feed, ChangeFeedProperties properties, Clock clock) {
        this.feed = feed;
        this.properties = properties;
        this.clock = clock;
    }

    /** A large delete may take minutes; a node that dies while pruning holds the lock until the half hour is up. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void pruneOnOneNode() {
        prune();
    }

    @Transactional
    public void prune() {
        try {
            int deleted = feed.pruneRecordedBefore(clock.instant().minus(properties.retention()));
            if (deleted > 0) {
                log.info("Change feed: {} entries older than {} pruned", deleted, properties.retention());
            }
        } catch (DataAccessException e) {
            log.warn("Change feed not pruned: {}", e.getMessage());
        }
    }
}
