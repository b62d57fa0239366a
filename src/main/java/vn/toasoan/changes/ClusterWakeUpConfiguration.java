package vn.toasoan.changes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.util.backoff.ExponentialBackOff;

import vn.toasoan.cluster.ClusterProperties;
import vn.toasoan.cluster.ConditionalOnCluster;

/** In cluster mode a commit wakes the other nodes' followers through Redis (see {@link RedisWakeUps}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnCluster
class ClusterWakeUpConfiguration {

    @Bean(destroyMethod = "close")
    RedisWakeUps redisWakeUps(StringRedisTemplate redis, ClusterProperties cluster, ChangeFollowing following) {
        return new RedisWakeUps(redis, cluster.key(RedisWakeUps.CHANNEL), following::catchUp);
    }

    /**
     * The subscription. Lettuce reconnects and subscribes again by itself after Redis went away; should Redis be
     * away when the node starts, the container tries again, at growing intervals up to a minute (each failed try is
     * logged by the container).
     */
    @Bean
    RedisMessageListenerContainer wakeUpSubscription(RedisConnectionFactory connections, RedisWakeUps wakeUps,
            ClusterProperties cluster) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.addMessageListener(wakeUps, new ChannelTopic(cluster.key(RedisWakeUps.CHANNEL)));
        ExponentialBackOff retries = new ExponentialBackOff(1_000, 2);
        retries.setMaxInterval(60_000);
        container.setRecoveryBackoff(retries);
        return container;
    }
}
