package vn.toasoan.changes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings this node's followers up to date with the change feed: at start-up (from each follower's stored position,
 * before the web server takes its first request), after each local commit that recorded changes, and every
 * {@code toasoan.changes.poll-interval} for the rest.
 * One round at a time; each follower goes at its own pace, and one that fails is retried at the next round while
 * the others go on.
 */
@Component
class ChangeFollowing implements SmartLifecycle {

    /** Before the web server's phase: the first reader already finds search and pages current. */
    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;

    private static final Logger log = LoggerFactory.getLogger(ChangeFollowing.class);
    private static final int BATCH = 500;

    /** What this node knows of one follower; read by the health indicator and the lag metric. */
    static final class FollowerState {
        final ChangeFollower follower;
        volatile FeedPosition position;
        volatile String failure;

        FollowerState(ChangeFollower follower, FeedPosition position) {
            this.follower = follower;
            this.position = position;
        }
    }

    private final ChangeFeedRepository feed;
    private final List<ChangeFollower> followers;
    private final ChangeFeedProperties properties;
    private final ReentrantLock round = new ReentrantLock();
    private volatile List<FollowerState> states = List.of();
    /** Gaps are a matter of how long transactions take: real time, whatever clock the site runs on. */
    private Clock wallClock = Clock.systemUTC();
    private volatile long lastHead;
    private volatile boolean started;

    ChangeFollowing(ChangeFeedRepository feed, List<ChangeFollower> followers, ChangeFeedProperties properties) {
        this.feed = feed;
        this.followers = followers;
        this.properties = properties;
    }

    /**
     * Once every bean is ready (the demo content of a first start is committed) and before the web server opens;
     * the search index's own start-up check, later, finds a rebuild started here already under way.
     */
    @Override
    public void start() {
        round.lock();
        try {
            long head = feed.head();
            long prunedThrough = feed.prunedThrough();
            List<FollowerState> following = new ArrayList<>();
            for (ChangeFollower follower : followers) {
                Optional<FeedPosition> stored = follower.storedPosition();
                FeedPosition position;
                if (stored.isPresent() && stored.get().high() >= prunedThrough && stored.get().high() <= head) {
                    position = stored.get();
                } else {
                    position = FeedPosition.at(head);
                    if (stored.isPresent()) {
                        // Below the pruned entries it has missed some; above the head it followed another database
                        // (one restored from a backup, or replaced): either way only the database can tell.
                        log.warn("Change feed follower {} stood at {}, outside the feed's {} to {}: starting it over"
                                + " from the database", follower.name(), stored.get().high(), prunedThrough, head);
                    }
                    follower.startOver(position);
                }
                following.add(new FollowerState(follower, position));
            }
            states = List.copyOf(following);
            lastHead = head;
            this.started = true;
        } finally {
            round.unlock();
        }
        catchUp();
    }

    @Scheduled(fixedDelayString = "${toasoan.changes.poll-interval:1s}")
    void poll() {
        catchUp();
    }

    /** Applies whatever has been committed since each follower's position. Waits for a round under way. */
    void catchUp() {
        if (!started) {
            return;
        }
        round.lock();
        try {
            long head = feed.head();
            lastHead = head;
            for (FollowerState state : states) {
                if (state.position.high() < head || !state.position.gaps().isEmpty() || state.failure != null) {
                    follow(state);
                }
            }
        } catch (DataAccessException e) {
            // The database is away: pages keep being served from what followers have; the next round tries again.
            log.debug("Change feed not read: {}", e.getMessage());
        } finally {
            round.unlock();
        }
    }

    private void follow(FollowerState state) {
        while (true) {
            FeedPosition position = expireGaps(state);
            List<Change> late = position.gaps().isEmpty() ? List.of() : feed.inGaps(position.gaps());
            List<Change> fresh = feed.after(position.high(), BATCH);
            if (late.isEmpty() && fresh.isEmpty()) {
                state.position = position;
                state.failure = null;
                return;
            }
            List<Change> changes = new ArrayList<>(late.size() + fresh.size());
            changes.addAll(late);
            changes.addAll(fresh);
            changes.sort(Comparator.comparingLong(Change::seq));
            FeedPosition next = position.after(changes.stream().map(Change::seq).toList(), wallClock.instant());
            try {
                state.follower.apply(changes, next);
            } catch (RuntimeException e) {
                if (state.failure == null) {
                    log.error("Change feed follower {} failed to apply entries {} to {}; retrying every round",
                            state.follower.name(), changes.get(0).seq(), changes.get(changes.size() - 1).seq(), e);
                }
                state.failure = e.toString();
                return;
            }
            state.position = next;
            state.failure = null;
            if (fresh.size() < BATCH) {
                return;
            }
        }
    }

    private FeedPosition expireGaps(FollowerState state) {
        Instant cutoff = wallClock.instant().minus(properties.gapTimeout());
        FeedPosition position = state.position;
        for (FeedPosition.Gap gap : position.expiredGaps(cutoff)) {
            log.info("Change feed follower {}: numbers {} to {} never committed within {}; given up (rolled back)",
                    state.follower.name(), gap.from(), gap.to(), properties.gapTimeout());
        }
        return position.withoutGapsNoticedBefore(cutoff);
    }

    /** The followers as this node last saw them; empty before start-up has finished. */
    List<FollowerState> states() {
        return states;
    }

    List<String> followerNames() {
        return followers.stream().map(ChangeFollower::name).toList();
    }

    @Override
    public void stop() {
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    long lastHead() {
        return lastHead;
    }

    boolean started() {
        return started;
    }

    void useWallClock(Clock clock) {
        this.wallClock = clock;
    }
}
