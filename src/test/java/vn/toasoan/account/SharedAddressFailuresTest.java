package vn.toasoan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.toasoan.cluster.ClusterProperties;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.TestRedis;

/** Address failures in the real Redis, as three nodes share them. */
@Tag("redis")
class SharedAddressFailuresTest {

    private static final Instant START = Instant.parse("2026-05-07T03:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final LettuceConnectionFactory connections = TestRedis.connect();
    private final StringRedisTemplate redis = new StringRedisTemplate(connections);
    private final String prefix = TestRedis.uniquePrefix();
    private final MutableClock clock = new MutableClock(START, MutableClock.SITE_ZONE);

    @AfterEach
    void removeKeys() {
        TestRedis.deleteAll(redis, prefix);
        connections.destroy();
    }

    private SharedAddressFailures node() {
        return new SharedAddressFailures(redis, new ClusterProperties(TestRedis.url(), prefix), clock, WINDOW);
    }

    @Test
    void threeNodesCountOneAllowanceAndEachSeesTheSameWindow() {
        List<SharedAddressFailures> nodes = List.of(node(), node(), node());
        for (int i = 0; i < 10; i++) {
            for (SharedAddressFailures node : nodes) {
                node.add("203.0.113.7");
            }
        }

        for (SharedAddressFailures node : nodes) {
            AddressFailures.Window window = node.current("203.0.113.7");
            assertThat(window.failures()).isEqualTo(30);
            assertThat(window.end()).isAfter(START.plus(WINDOW).minusSeconds(60)).isBeforeOrEqualTo(START.plus(WINDOW));
        }
        assertThat(redis.opsForValue().get(prefix + "login-failures:203.0.113.7")).isEqualTo("30");
        assertThat(redis.getExpire(prefix + "login-failures:203.0.113.7")).isBetween(WINDOW.toSeconds() - 60,
                WINDOW.toSeconds());
        assertThat(nodes.get(0).current("203.0.113.8")).isNull();
    }

    @Test
    void sixteenFailuresAtOnceCountSixteen() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                SharedAddressFailures node = node();
                done.add(threads.submit(() -> {
                    start.await();
                    node.add("2001:db8::16");
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(node().current("2001:db8::16").failures()).isEqualTo(16);
    }

    @Test
    void aLoginOnOneNodeClearsTheAddressForAll() {
        node().add("198.51.100.4");
        node().clear("198.51.100.4");

        assertThat(node().current("198.51.100.4")).isNull();
        assertThat(redis.hasKey(prefix + "login-failures:198.51.100.4")).isFalse();
    }

    @Test
    void withoutRedisANodeCountsOnItsOwnInsteadOfFailingTheLogin() {
        LettuceConnectionFactory nowhere = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 1));
        nowhere.afterPropertiesSet();
        nowhere.start();
        try {
            SharedAddressFailures alone = new SharedAddressFailures(new StringRedisTemplate(nowhere),
                    new ClusterProperties(TestRedis.url(), prefix), clock, WINDOW);

            alone.add("192.0.2.1");
            alone.add("192.0.2.1");

            assertThat(alone.current("192.0.2.1")).isEqualTo(new AddressFailures.Window(2, START.plus(WINDOW)));
            alone.clear("192.0.2.1");
            assertThat(alone.current("192.0.2.1")).isNull();
        } finally {
            nowhere.destroy();
        }
    }
}
