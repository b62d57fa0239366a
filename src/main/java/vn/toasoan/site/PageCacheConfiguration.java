package vn.toasoan.site;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.web.filter.ServerHttpObservationFilter;

import vn.toasoan.FilterOrder;

@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    @Bean
    @ConditionalOnProperty(name = "toasoan.cache.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, PageCacheProperties properties,
            Clock clock, ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        PageCacheFilter filter = new PageCacheFilter(cache, properties, clock,
                Counter.builder("toasoan.page.cache.requests").tag("result", "hit").register(registry),
                Counter.builder("toasoan.page.cache.requests").tag("result", "miss").register(registry));
        registry.gauge("toasoan.page.cache.pages", cache, PageCache::size);
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(FilterOrder.PAGE_CACHE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** See {@link FilterOrder#SECURITY_HEADERS}. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(FilterOrder.SECURITY_HEADERS);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Spring Boot's request observation, moved from the front of the chain to just behind the page cache: a hit
     * then costs a lookup and a write, as at a reverse proxy, and is measured by the cache's own counter. Boot
     * backs off from registering its own when this bean exists.
     */
    @Bean
    FilterRegistrationBean<ServerHttpObservationFilter> webMvcObservationFilter(
            ObjectProvider<ObservationRegistry> registry,
            ObjectProvider<ServerRequestObservationConvention> convention) {
        ServerHttpObservationFilter filter = new ServerHttpObservationFilter(
                registry.getIfAvailable(() -> ObservationRegistry.NOOP),
                convention.getIfAvailable(() -> new DefaultServerRequestObservationConvention("http.server.requests")));
        FilterRegistrationBean<ServerHttpObservationFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(FilterOrder.OBSERVATION);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }
}
