package vn.toasoan.stats;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.FilterOrder;
import vn.toasoan.SiteZone;
import vn.toasoan.cluster.ClusterProperties;
import vn.toasoan.cluster.ConditionalOnCluster;
import vn.toasoan.cluster.ConditionalOnSingleNode;
import vn.toasoan.settings.SiteSettings;

/** Wires the statistics: stores by the cluster switch, page filter in counting mode {@code server}. */
@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

    @Bean
    VisitRepository visitRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        return new VisitRepository(jdbc, new TransactionTemplate(transactionManager));
    }

    @Bean
    @ConditionalOnSingleNode
    InMemoryVisitStore inMemoryVisitStore(VisitRepository repository, TaskScheduler scheduler, Clock clock,
            SiteZone zone, StatsProperties properties) {
        // The zone only tells which days to load at start-up; counting asks the VisitCounter's zone each time.
        return new InMemoryVisitStore(repository, scheduler, clock, zone.get(), properties);
    }

    @Bean
    @ConditionalOnSingleNode
    LocalVisitorSalts localVisitorSalts() {
        return new LocalVisitorSalts();
    }

    /** Cluster mode: the windows, presence and visitor salts of all nodes in Redis, counts in PostgreSQL. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnCluster
    static class Shared {

        @Bean
        RedisAvailability statsRedisAvailability(StringRedisTemplate redis, Clock clock) {
            return new RedisAvailability(redis, clock);
        }

        @Bean
        RedisVisitStore redisVisitStore(StringRedisTemplate redis, ClusterProperties cluster,
                RedisAvailability availability, VisitRepository repository, TaskScheduler scheduler, Clock clock,
                SiteZone zone, StatsProperties properties) {
            return new RedisVisitStore(
                    new RedisVisitWindows(redis, cluster, properties.visitTimeout(), properties.onlineWindow()),
                    availability, repository, scheduler, clock, zone::get, properties);
        }

        @Bean
        RedisVisitorSalts redisVisitorSalts(StringRedisTemplate redis, ClusterProperties cluster,
                RedisAvailability availability) {
            return new RedisVisitorSalts(redis, cluster, availability);
        }
    }

    @Bean
    TrafficRules trafficRules() {
        return TrafficRules.fromBotList(new ClassPathResource("stats/bots.txt"));
    }

    @Bean
    Visitors visitors(Clock clock, SiteZone zone, StatsProperties properties, VisitorSalts salts) {
        return new Visitors(clock, zone::get, properties.visitTimeout(), salts);
    }

    /** The starting offset saved in the site settings wins over {@code toasoan.stats.total-offset}. */
    @Bean
    VisitCounter visitCounter(VisitStore store, Clock clock, SiteZone zone, SiteSettings settings,
            StatsProperties properties) {
        return new VisitCounter(store, clock, zone::get,
                () -> settings.visitorOffset().orElse(properties.totalOffset()));
    }

    @Bean
    @ConditionalOnProperty(name = "toasoan.stats.counting", havingValue = "server", matchIfMissing = true)
    FilterRegistrationBean<PageViewFilter> pageViewFilter(TrafficRules rules, Visitors visitors,
            VisitCounter counter) {
        FilterRegistrationBean<PageViewFilter> registration =
                new FilterRegistrationBean<>(new PageViewFilter(rules, visitors, counter));
        registration.setOrder(FilterOrder.PAGE_VIEWS);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
