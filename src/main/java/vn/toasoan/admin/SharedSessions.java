package vn.toasoan.admin;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.session.SessionRepository;

import vn.toasoan.cluster.ConditionalOnCluster;

/**
 * Newsroom sessions in Redis (cluster mode), so that an editor may be served by any node and keeps working when the
 * node they logged in through stops. Spring Boot configures Spring Session itself (timeout, cookie, and from
 * {@code ClusterEnvironment} the key namespace and the filter's place); this adds the JSON of the attributes. On a
 * single node nothing here exists and Tomcat keeps the sessions in memory.
 *
 * <p>Nothing else changes with the store: {@link CurrentStaffFilter} still reads the account on every newsroom
 * request, so a disabled account, a new password or role takes effect on every node at the next request, and
 * invalidating a session (logout, or the filter ending it) deletes it from Redis.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnCluster
class SharedSessions {

    /** Wraps Spring Session's repository, whatever its kind, so an absent Redis does not give error pages. */
    @Bean
    static BeanPostProcessor sessionStoreOutage() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof SessionRepository<?> store && !(bean instanceof SessionStoreOutage<?>)
                        ? new SessionStoreOutage(store) : bean;
            }
        };
    }

    /** Spring Session picks its serialiser by this bean name. */
    @Bean
    RedisSerializer<Object> springSessionDefaultRedisSerializer() {
        return new SessionJson(SharedSessions.class.getClassLoader());
    }
}
