package vn.toasoan.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import vn.toasoan.cluster.ClusterProperties;

/**
 * Visit windows and presence shared by all nodes in Redis, exact (no HyperLogLog), each page view one script:
 * <ul>
 * <li>{@code <prefix>stats:visit:<visitor key>}: the visitor's last activity (epoch milliseconds), expiring a visit
 * timeout after it;</li>
 * <li>{@code <prefix>stats:online}: a sorted set of visitor keys scored by last activity; members older than the
 * online window are removed on every page view, and the set expires an online window after the last one.</li>
 * </ul>
 * Times come from the node's clock and are stored, not taken from Redis, so the windows follow the same clock as
 * the counting (and tests can move it). Failures are thrown; {@link RedisVisitStore} decides what to do.
 */
final class RedisVisitWindows {

    /**
     * {@link VisitStore#touch} in one atomic step. KEYS: the visitor's window, the online set, then the aliases'
     * windows; ARGV: now, visit timeout, online window (milliseconds), the visitor key, then the alias keys.
     * Returns 1 when a visit starts.
     */
    private static final RedisScript<Long> TOUCH = RedisScript.of("""
            local now = tonumber(ARGV[1])
            local timeout = tonumber(ARGV[2])
            local idleBefore = now - timeout
            local last = now
            local started = 1
            local seen = tonumber(redis.call('GET', KEYS[1]))
            if seen and seen > idleBefore then
              started = 0
              last = math.max(seen, now)
            else
              for i = 3, #KEYS do
                local aliasSeen = tonumber(redis.call('GET', KEYS[i]))
                if aliasSeen then
                  redis.call('DEL', KEYS[i])
                  redis.call('ZREM', KEYS[2], ARGV[i + 2])
                  if aliasSeen > idleBefore then
                    started = 0
                    last = math.max(last, aliasSeen)
                  end
                end
              end
            end
            redis.call('SET', KEYS[1], last, 'PX', last - now + timeout)
            redis.call('ZADD', KEYS[2], last, ARGV[4])
            redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[3]))
            redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[3]))
            return started""", Long.class);

    /** Visitors active after {@code ARGV[1]} (milliseconds): the older ones leave the set, the rest are counted. */
    private static final RedisScript<Long> ONLINE = RedisScript.of("""
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            return redis.call('ZCARD', KEYS[1])""", Long.class);

    private final StringRedisTemplate redis;
    private final String visitPrefix;
    private final String onlineKey;
    private final String visitTimeout;
    private final String onlineWindow;
    private final Duration onlineDuration;

    RedisVisitWindows(StringRedisTemplate redis, ClusterProperties cluster, Duration visitTimeout,
            Duration onlineWindow) {
        this.redis = redis;
        this.visitPrefix = cluster.key("stats:visit:");
        this.onlineKey = cluster.key("stats:online");
        this.visitTimeout = Long.toString(visitTimeout.toMillis());
        this.onlineWindow = Long.toString(onlineWindow.toMillis());
        this.onlineDuration = onlineWindow;
    }

    boolean touch(String visitorKey, List<String> aliases, Instant now) {
        List<String> keys = new ArrayList<>(aliases.size() + 2);
        keys.add(visitPrefix + visitorKey);
        keys.add(onlineKey);
        aliases.forEach(alias -> keys.add(visitPrefix + alias));
        List<String> args = new ArrayList<>(aliases.size() + 4);
        args.add(Long.toString(now.toEpochMilli()));
        args.add(visitTimeout);
        args.add(onlineWindow);
        args.add(visitorKey);
        args.addAll(aliases);
        return redis.execute(TOUCH, keys, args.toArray()) == 1L;
    }

    long online(Instant now) {
        return redis.execute(ONLINE, List.of(onlineKey), Long.toString(now.minus(onlineDuration).toEpochMilli()));
    }
}
