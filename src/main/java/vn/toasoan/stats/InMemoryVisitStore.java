package vn.toasoan.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * The single-node store: visit windows and presence in this node's memory ({@link LocalVisitWindows}), counts in
 * a {@link VisitTally} flushed to the database every {@code flush-interval}. Displayed figures are what the
 * database held at start-up plus what this node counted since; nobody else writes them. With several nodes each
 * would show its own view: cluster mode uses {@link RedisVisitStore}.
 */
final class InMemoryVisitStore implements VisitStore, SmartLifecycle {

    /**
     * Stops after the web server (stopped at {@code DEFAULT_PHASE - 2048}), so no request is counted after the last
     * flush; every lifecycle stops before beans are destroyed, so the DataSource is still open then.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final TaskScheduler scheduler;
    private final Clock clock;
    private final ZoneId zone;
    private final LocalVisitWindows windows;
    private final VisitTally tally;


    InMemoryVisitStore(VisitRepository repository, TaskScheduler scheduler, Clock clock, ZoneId zone,
            StatsProperties properties) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.zone = zone;
        this.windows = new LocalVisitWindows(properties.visitTimeout(), properties.onlineWindow());
        this.tally = new VisitTally(repository, properties.flushInterval());
    }

    /** Reads the persisted figures; call once, before counting (done by {@link #start()}). */
    void load(LocalDate today) {
        tally.load(today);
    }

    @Override
    public boolean touch(String visitorKey, List<String> aliases, Instant now) {
        return windows.touch(visitorKey, aliases, now);
    }

    @Override
    public void recordVisit(LocalDate day) {
        tally.recordVisit(day);
    }

    @Override
    public void recordArticleView(long articleId) {
        tally.recordArticleView(articleId);
    }

    @Override
    public long online(Instant now) {
        return windows.online(now);
    }

    @Override
    public VisitCounts counts(LocalDate today) {
        return tally.counts(today);
    }

    @Override
    public Map<LocalDate, Long> visitsBetween(LocalDate from, LocalDate to) {
        return tally.visitsBetween(from, to);
    }

    /** See {@link VisitTally#flush}. */
    boolean flush() {
        return tally.flush();
    }

    @Override
    public void start() {
        load(LocalDate.ofInstant(clock.instant(), zone));
        tally.startFlushing(scheduler, () -> {
            tally.flush();
            // Also here, so presence stays bounded when no page asks for the online figure.
            windows.prune(clock.instant());
        });
    }

    @Override
    public void stop() {
        tally.stopFlushing();
    }

    @Override
    public boolean isRunning() {
        return tally.isFlushing();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
