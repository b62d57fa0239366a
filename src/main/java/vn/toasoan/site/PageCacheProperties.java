package vn.toasoan.site;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The in-memory cache of rendered public pages.
 *
 * @param enabled serve public pages from the cache
 * @param liveFor how long a rendered page is served before it is rendered again, so the visitor statistics
 *        and view counts it shows stay fresh; content changes drop cached pages at once regardless
 * @param maxBytes memory budget for cached pages; past it the oldest pages are dropped
 */
@Validated
@ConfigurationProperties("toasoan.cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("5s") Duration liveFor,
        @Positive @DefaultValue("67108864") long maxBytes) {
}
