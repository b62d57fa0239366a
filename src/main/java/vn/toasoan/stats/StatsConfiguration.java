package vn.toasoan.stats;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.FilterOrder;
import vn.toasoan.SiteZone;
import vn.toasoan.settings.SiteSettings;

/** Wires the statistics: store by {@code toasoan.stats.store}, page filter in counting mode {@code server}. */
@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

    @Bean
    VisitRepository visitRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        return new VisitRepository(jdbc, new TransactionTemplate(transactionManager));
    }

    @Bean
    @ConditionalOnProperty(name = "toasoan.stats.store", havingValue = "memory", matchIfMissing = true)
    InMemoryVisitStore inMemoryVisitStore(VisitRepository repository, TaskScheduler scheduler, Clock clock,
            SiteZone zone, StatsProperties properties) {
        // The zone only tells which days to load at start-up; counting asks the VisitCounter's zone each time.
        return new InMemoryVisitStore(repository, scheduler, clock, zone.get(), properties);
    }

    @Bean
    TrafficRules trafficRules() {
        return TrafficRules.fromBotList(new ClassPathResource("stats/bots.txt"));
    }

    @Bean
    Visitors visitors(Clock clock, SiteZone zone, StatsProperties properties) {
        return new Visitors(clock, zone::get, properties.visitTimeout());
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
