package vn.toasoan.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import vn.toasoan.cluster.ClusterProperties;
import vn.toasoan.cluster.RedisOutage;

/**
 * Address failures in Redis, shared by every node: one counter per address, its expiry set by the first failure.
 * While Redis cannot be reached each node counts in its own memory (an address then gets up to one allowance per
 * node), says so once in the log, and goes back to Redis as soon as it answers again.
 */
class SharedAddressFailures implements AddressFailures {


    /** Counts and, on the first failure only, starts the window: in one step, so no failure escapes expiry. */
    private static final RedisScript<Long> ADD = RedisScript.of("""
            local failures = redis.call('INCR', KEYS[1])
            if failures == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return failures""", Long.class);

    /** The count and the milliseconds its window has left, read together. */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> READ = RedisScript.of("""
            return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1])}""", List.class);

    private final StringRedisTemplate redis;
    private final ClusterProperties cluster;
    private final Clock clock;
    private final Duration window;
    private final LocalAddressFailures whileAway;
    private final RedisOutage outage = new RedisOutage(SharedAddressFailures.class,
            "each node counts failed logins per address on its own until it answers again",
            "failed logins per address are counted across all nodes again");

    SharedAddressFailures(StringRedisTemplate redis, ClusterProperties cluster, Clock clock, Duration window) {
        this.redis = redis;
        this.cluster = cluster;
        this.clock = clock;
        this.window = window;
        this.whileAway = new LocalAddressFailures(clock, window);
    }

    @Override
    public void add(String address) {
        shared(() -> redis.execute(ADD, List.of(key(address)), Long.toString(window.toMillis())),
                () -> {
                    whileAway.add(address);
                    return null;
                });
    }

    @Override
    public Window current(String address) {
        return shared(() -> {
            List<?> read = redis.execute(READ, List.of(key(address)));
            int failures = ((Number) read.get(0)).intValue();
            long millisLeft = ((Number) read.get(1)).longValue();
            return failures == 0 || millisLeft <= 0 ? null
                    : new Window(failures, clock.instant().plusMillis(millisLeft));
        }, () -> whileAway.current(address));
    }

    @Override
    public void clear(String address) {
        whileAway.clear(address);
        shared(() -> redis.delete(key(address)), () -> null);
    }

    String key(String address) {
        return cluster.key("login-failures:" + address);
    }

    private <T> T shared(Supplier<T> inRedis, Supplier<T> locally) {
        try {
            T result = inRedis.get();
            outage.answered();
            return result;
        } catch (DataAccessException e) {
            outage.failed(e);
            return locally.get();
        }
    }
}
