package vn.toasoan.changes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * How far each follower is behind: the metric {@code toasoan.changes.lag} (entries committed to the feed that the
 * follower has not applied, by follower) and the health component {@code changeFeed}, OUT_OF_SERVICE while a
 * follower has not applied an entry committed more than {@code toasoan.changes.behind-after} ago (a load balancer
 * then sends readers to a node whose search and pages are current).
 */
@Component("changeFeed")
class ChangeFeedMonitoring implements HealthIndicator {

    private final ChangeFollowing following;
    private final ChangeFeedRepository feed;
    private final ChangeFeedProperties properties;
    private final Clock clock;

    ChangeFeedMonitoring(ChangeFollowing following, ChangeFeedRepository feed, ChangeFeedProperties properties,
            Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.following = following;
        this.feed = feed;
        this.properties = properties;
        this.clock = clock;
        meters.ifAvailable(this::registerLag);
    }

    private void registerLag(MeterRegistry registry) {
        Gauge.builder("toasoan.changes.head", following, ChangeFollowing::lastHead)
                .description("Highest number committed to the change feed, as this node last read it")
                .register(registry);
        for (String name : following.followerNames()) {
            Gauge.builder("toasoan.changes.lag", following, f -> lag(f, name))
                    .tag("follower", name)
                    .description("Change feed entries committed but not yet applied by this follower on this node")
                    .register(registry);
        }
    }

    private static double lag(ChangeFollowing following, String name) {
        return following.states().stream().filter(s -> s.follower.name().equals(name)).findFirst()
                .map(s -> (double) Math.max(0, following.lastHead() - s.position.high()))
                .orElse(Double.NaN);
    }

    @Override
    public Health health() {
        if (!following.started()) {
            return Health.unknown().withDetail("followers", "starting").build();
        }
        long head = feed.head();
        Instant tooOld = clock.instant().minus(properties.behindAfter());
        boolean behind = false;
        Map<String, Object> details = new LinkedHashMap<>();
        for (ChangeFollowing.FollowerState state : following.states()) {
            FeedPosition position = state.position;
            Optional<Instant> oldestPending = position.high() < head ? feed.oldestAfter(position.high())
                    : Optional.empty();
            boolean late = oldestPending.isPresent() && oldestPending.get().isBefore(tooOld);
            behind |= late;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("position", position.high());
            detail.put("lag", Math.max(0, head - position.high()));
            detail.put("openGaps", position.gaps().size());
            oldestPending.ifPresent(at -> detail.put("behindFor",
                    Duration.ofSeconds(Duration.between(at, clock.instant()).toSeconds()).toString()));
            if (state.failure != null) {
                detail.put("failure", state.failure);
            }
            details.put(state.follower.name(), detail);
        }
        return Health.status(behind ? Status.OUT_OF_SERVICE : Status.UP).withDetail("head", head)
                .withDetail("followers", details).build();
    }
}
