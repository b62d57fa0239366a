package vn.toasoan.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import vn.toasoan.testsupport.TestRedis;

/** Wake-ups through the real Redis: another node's commit wakes a node up, its own does not; Redis away costs nothing. */
@Tag("redis")
class RedisWakeUpsTest {

    private final LettuceConnectionFactory connections = TestRedis.connect();
    private final StringRedisTemplate redis = new StringRedisTemplate(connections);
    private final String channel = TestRedis.uniquePrefix() + RedisWakeUps.CHANNEL;

    @AfterEach
    void close() {
        connections.destroy();
    }

    /** A node: its wake-ups, subscribed to the channel, counting the catch-ups it is asked for. */
    private final class Node implements AutoCloseable {
        final AtomicInteger catchUps = new AtomicInteger();
        final CountDownLatch caughtUp = new CountDownLatch(1);
        final RedisWakeUps wakeUps = new RedisWakeUps(redis, channel, () -> {
            catchUps.incrementAndGet();
            caughtUp.countDown();
        });
        final RedisMessageListenerContainer subscription = new RedisMessageListenerContainer();

        Node() {
            subscription.setConnectionFactory(connections);
            subscription.addMessageListener(wakeUps, new ChannelTopic(channel));
            subscription.afterPropertiesSet();
            subscription.start();
        }

        @Override
        public void close() throws Exception {
            subscription.destroy();
            wakeUps.close();
        }
    }

    @Test
    void aCommitOnOneNodeWakesTheOtherAndNotItself() throws Exception {
        try (Node a = new Node(); Node b = new Node()) {
            a.wakeUps.committed();
            assertThat(b.caughtUp.await(10, TimeUnit.SECONDS)).isTrue();

            b.wakeUps.committed();
            assertThat(a.caughtUp.await(10, TimeUnit.SECONDS)).isTrue();

            // Each node's own message came before the other's, and was ignored.
            assertThat(a.catchUps.get()).isEqualTo(1);
            assertThat(b.catchUps.get()).isEqualTo(1);
        }
    }

    @Test
    void withRedisAwayACommitStillReturnsAndTheHintIsLost() {
        LettuceConnectionFactory nowhere = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 1));
        nowhere.afterPropertiesSet();
        nowhere.start();
        AtomicInteger catchUps = new AtomicInteger();
        try (RedisWakeUps wakeUps = new RedisWakeUps(new StringRedisTemplate(nowhere), channel,
                catchUps::incrementAndGet)) {
            for (int i = 0; i < 1_000; i++) {
                wakeUps.committed();
            }
        } finally {
            nowhere.destroy();
        }
        assertThat(catchUps.get()).isZero();
    }
}
