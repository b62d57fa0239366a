package vn.toasoan.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The real Redis of tests tagged {@code redis} or {@code cluster} (run by {@code .ci/run}, never by the default
 * build): {@value #DEFAULT_URL}, or {@code -Dtoasoan.test.redis-url}. Unreachable, a test fails; it never skips.
 * Each test takes its own key prefix, so the two test JVMs and earlier runs never see each other's keys.
 */
public final class TestRedis {

    public static final String DEFAULT_URL = "redis://127.0.0.1:6379";

    private TestRedis() {
    }

    public static String url() {
        return System.getProperty("toasoan.test.redis-url", DEFAULT_URL);
    }

    /** A key prefix no other test uses, valid for {@code toasoan.cluster.key-prefix}. */
    public static String uniquePrefix() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + ":";
    }

    /** A started connection factory; fails with the address when Redis does not answer. */
    public static LettuceConnectionFactory connect() {
        java.net.URI uri = java.net.URI.create(url());
        LettuceConnectionFactory factory =
                new LettuceConnectionFactory(new RedisStandaloneConfiguration(uri.getHost(), uri.getPort()));
        factory.afterPropertiesSet();
        factory.start();
        try (var connection = factory.getConnection()) {
            connection.ping();
        } catch (RuntimeException e) {
            factory.destroy();
            throw new IllegalStateException("Redis is not reachable at " + url() + " (tests tagged redis need it)", e);
        }
        return factory;
    }

    /** Removes every key under {@code prefix}. */
    public static void deleteAll(StringRedisTemplate redis, String prefix) {
        List<String> keys = new ArrayList<>();
        try (Cursor<String> cursor = redis.scan(ScanOptions.scanOptions().match(prefix + "*").count(1000).build())) {
            cursor.forEachRemaining(keys::add);
        }
        if (!keys.isEmpty()) {
            redis.delete(keys);
        }
    }
}
