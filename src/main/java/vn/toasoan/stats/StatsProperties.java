package vn.toasoan.stats;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the visitor statistics. Where visit windows and presence live follows the cluster switch: this
 * node's memory, or Redis shared by all nodes ({@code toasoan.cluster.redis-url}).
 *
 * @param totalOffset added to the total of all visits, so a site migrating from an old counter keeps its number
 * @param flushInterval how often counts kept in memory are written to the database; a crash loses at most this much
 * @param counting {@code server}: a servlet filter counts the pages this server renders (also page-cache hits);
 *        {@code beacon}: pages are counted by {@code /api/v1/visit} calls from the browser, for sites behind a CDN
 * @param visitTimeout a visit ends after this long without activity; the next page view starts a new one
 * @param onlineWindow a visitor counts as online for this long after their last page view
 */
@Validated
@ConfigurationProperties("toasoan.stats")
record StatsProperties(
        @PositiveOrZero @DefaultValue("0") long totalOffset,
        @NotNull @DefaultValue("1s") Duration flushInterval,
        @NotNull @DefaultValue("server") Counting counting,
        @NotNull @DefaultValue("30m") Duration visitTimeout,
        @NotNull @DefaultValue("5m") Duration onlineWindow) {

    enum Counting { SERVER, BEACON }

    @AssertTrue(message = "flush-interval, visit-timeout and online-window must be positive, "
            + "and online-window no longer than visit-timeout")
    boolean isConsistent() {
        // Null fields are reported by @NotNull; here only their relation matters.
        if (flushInterval == null || visitTimeout == null || onlineWindow == null) {
            return true;
        }
        return !flushInterval.isNegative() && !flushInterval.isZero() && !onlineWindow.isNegative()
                && !onlineWindow.isZero() && onlineWindow.compareTo(visitTimeout) <= 0;
    }
}
