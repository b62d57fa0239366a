package vn.toasoan.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.toasoan.cluster.RedisOutage;

/**
 * Whether the statistics use Redis right now. The first failed call marks it away, logged once; from then on the
 * request path does not wait for Redis at all (each call would wait for the command timeout) and callers use
 * their local fallback, until {@link #probe} finds Redis answering again, logged once too.
 */
final class RedisAvailability {

    /** While Redis is away, it is asked this often; each try may hold the shared scheduler for the command timeout. */
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(RedisAvailability.class);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final RedisOutage outage = new RedisOutage(RedisAvailability.class,
            "visitor statistics go on with this node's own visit windows (a visitor who moves between nodes meanwhile "
                    + "may be counted again), asking again every " + PROBE_INTERVAL.toSeconds() + " s",
            "visitor statistics use the shared visit windows again");
    private volatile Instant lastProbe = Instant.MIN;

    RedisAvailability(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** {@code shared} while Redis is there; {@code local} when it is away or fails now. */
    <T> T call(Supplier<T> shared, Supplier<T> local) {
        if (outage.isAway()) {
            return local.get();
        }
        try {
            return shared.get();
        } catch (RuntimeException e) {
            if (outage.failed(e)) {
                lastProbe = clock.instant();
            }
            return local.get();
        }
    }

    boolean isAway() {
        return outage.isAway();
    }

    /** While Redis is away, and at most every {@link #PROBE_INTERVAL}: a PING, and back to Redis if it answers. */
    void probe() {
        Instant now = clock.instant();
        if (!outage.isAway() || now.isBefore(lastProbe.plus(PROBE_INTERVAL))) {
            return;
        }
        lastProbe = now;
        try {
            redis.execute(connection -> connection.ping(), true);
        } catch (RuntimeException e) {
            log.debug("Redis still not answering", e);
            return;
        }
        outage.answered();
    }
}
