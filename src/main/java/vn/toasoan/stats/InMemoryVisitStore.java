package vn.toasoan.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.scheduling.TaskScheduler;

/**
 * The single-node store: visit windows and presence in this node's memory ({@link LocalVisitWindows}), counts in
 * a {@link VisitTally} flushed to the database every {@code flush-interval}. Displayed figures are what the
 * database held at start-up plus what this node counted since; nobody else writes them. With several nodes each
 * would show its own view: cluster mode uses {@link RedisVisitStore}.
 */
final class InMemoryVisitStore extends FlushedVisitStore {

    private final LocalVisitWindows windows;

    InMemoryVisitStore(VisitRepository repository, TaskScheduler scheduler, Clock clock, ZoneId zone,
            StatsProperties properties) {
        super(repository, scheduler, clock, () -> zone, properties);
        this.windows = new LocalVisitWindows(properties.visitTimeout(), properties.onlineWindow());
    }

    @Override
    public boolean touch(String visitorKey, List<String> aliases, Instant now) {
        return windows.touch(visitorKey, aliases, now);
    }

    @Override
    public long online(Instant now) {
        return windows.online(now);
    }

    @Override
    void tick() {
        tally.flush();
        // Also here, so presence stays bounded when no page asks for the online figure.
        windows.prune(clock.instant());
    }
}
