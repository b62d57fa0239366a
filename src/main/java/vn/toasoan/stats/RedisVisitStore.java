package vn.toasoan.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.scheduling.TaskScheduler;

/**
 * The cluster store: a visitor is one visitor whichever node serves them. Visit windows and presence are shared
 * in Redis ({@link RedisVisitWindows}); counts are this node's increments in a {@link VisitTally}, flushed to
 * PostgreSQL every {@code flush-interval} where they add up with the other nodes', and the database's figures are
 * read again after each flush, so every node shows the same "today" and "total" within about two flush intervals,
 * and a node started later shows the same figures, not more.
 *
 * <p>Every page view also goes through this node's {@link LocalVisitWindows}, for two reasons. While Redis is
 * away ({@link RedisAvailability}) they decide alone: pages are still served and every visit still reaches the
 * database, but a visitor whom another node served within the visit timeout (or who moves between nodes during
 * the outage) is counted again by this node, and "online" shows this node's visitors only. And a visit starts
 * only when both agree it does: a visitor this node saw within the timeout is not counted again when Redis lost
 * its window (a restarted Redis without persistence, or the outage just ended). The local windows cost what the
 * single-node store costs: one entry per visitor of the last visit timeout.
 *
 * <p>Redis operations per counted page view: one script (GET, SET PX, ZADD, ZREMRANGEBYSCORE, PEXPIRE, plus a GET,
 * DEL and ZREM per alias for a browser's first requests); per node and second at most one more script for
 * "online" (ZREMRANGEBYSCORE, ZCARD), and per node and day two commands for the visitor salt.
 */
final class RedisVisitStore extends FlushedVisitStore {

    private final RedisVisitWindows shared;
    private final LocalVisitWindows local;
    private final RedisAvailability redis;

    RedisVisitStore(RedisVisitWindows shared, RedisAvailability redis, VisitRepository repository,
            TaskScheduler scheduler, Clock clock, Supplier<ZoneId> zone, StatsProperties properties) {
        super(repository, scheduler, clock, zone, properties);
        this.shared = shared;
        this.local = new LocalVisitWindows(properties.visitTimeout(), properties.onlineWindow());
        this.redis = redis;
    }

    @Override
    public boolean touch(String visitorKey, List<String> aliases, Instant now) {
        boolean newHere = local.touch(visitorKey, aliases, now);
        boolean newEverywhere = redis.call(() -> shared.touch(visitorKey, aliases, now), () -> newHere);
        return newHere && newEverywhere;
    }

    @Override
    public long online(Instant now) {
        return redis.call(() -> shared.online(now), () -> local.online(now));
    }

    /** Flush, read all nodes' figures, prune, and look for Redis. */
    @Override
    void tick() {
        tally.flush();
        Instant now = clock.instant();
        tally.reload(today(now));
        local.prune(now);
        redis.probe();
    }
}
