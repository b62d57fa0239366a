package vn.toasoan.stats;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.redis.core.StringRedisTemplate;

import vn.toasoan.cluster.ClusterProperties;

/**
 * Salts shared by all nodes: the first node to need a day's salt stores a random one at
 * {@code <prefix>stats:salt:<day>} ({@code SET NX}, expiring after two days: the day itself and the first visit
 * timeout after the next midnight), every node reads it once and keeps it in memory. While Redis is away a node
 * uses its own salt (a client without a cookie then counts once per node) and asks Redis again once it is back.
 */
final class RedisVisitorSalts implements VisitorSalts {

    private static final Duration KEPT = Duration.ofDays(2);

    private final StringRedisTemplate redis;
    private final ClusterProperties cluster;
    private final RedisAvailability availability;
    private final LocalVisitorSalts ownSalts = new LocalVisitorSalts();
    private final SecureRandom random = new SecureRandom();
    /** Only salts read from Redis; a day missing here is asked again. */
    private final ConcurrentHashMap<LocalDate, byte[]> shared = new ConcurrentHashMap<>();

    RedisVisitorSalts(StringRedisTemplate redis, ClusterProperties cluster, RedisAvailability availability) {
        this.redis = redis;
        this.cluster = cluster;
        this.availability = availability;
    }

    @Override
    public byte[] of(LocalDate day) {
        byte[] salt = shared.get(day);
        if (salt != null) {
            return salt;
        }
        return availability.call(() -> fetch(day), () -> ownSalts.of(day));
    }

    private byte[] fetch(LocalDate day) {
        String key = cluster.key("stats:salt:" + day);
        byte[] candidate = new byte[LocalVisitorSalts.SALT_BYTES];
        random.nextBytes(candidate);
        redis.opsForValue().setIfAbsent(key, Base64.getEncoder().encodeToString(candidate), KEPT);
        String stored = redis.opsForValue().get(key);
        if (stored == null) {
            throw new IllegalStateException("The visitor salt " + key + " vanished right after it was set");
        }
        shared.keySet().removeIf(known -> known.isBefore(day.minusDays(1)));
        // One array per day (computeIfAbsent), so Visitors keeps its MAC keyed.
        return shared.computeIfAbsent(day, d -> Base64.getDecoder().decode(stored));
    }
}
