package vn.toasoan.account;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.toasoan.cluster.ClusterProperties;
import vn.toasoan.cluster.ConditionalOnCluster;
import vn.toasoan.cluster.ConditionalOnSingleNode;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /** BCrypt today; the "{id}" prefix lets a later, stronger hash take over as people log in. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnSingleNode
    LocalAddressFailures localAddressFailures(Clock clock, AccountProperties properties) {
        return new LocalAddressFailures(clock, properties.lockFor());
    }

    @Bean
    @ConditionalOnCluster
    SharedAddressFailures sharedAddressFailures(StringRedisTemplate redis, ClusterProperties cluster, Clock clock,
            AccountProperties properties) {
        return new SharedAddressFailures(redis, cluster, clock, properties.lockFor());
    }
}
