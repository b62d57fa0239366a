package vn.toasoan.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * What both stores share: counts in a {@link VisitTally}, flushed to the database every {@code flush-interval} by
 * {@link #tick()}, from start-up to the last flush at shutdown. The stores differ only in where visit windows and
 * presence live ({@link #touch}, {@link #online}) and in what else a tick does.
 */
abstract class FlushedVisitStore implements VisitStore, SmartLifecycle {

    /**
     * Stops after the web server (stopped at {@code DEFAULT_PHASE - 2048}), so no request is counted after the last
     * flush; every lifecycle stops before beans are destroyed, so the DataSource is still open then.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    final VisitTally tally;
    final Clock clock;
    private final TaskScheduler scheduler;
    private final Supplier<ZoneId> zone;

    FlushedVisitStore(VisitRepository repository, TaskScheduler scheduler, Clock clock, Supplier<ZoneId> zone,
            StatsProperties properties) {
        this.tally = new VisitTally(repository, properties.flushInterval());
        this.scheduler = scheduler;
        this.clock = clock;
        this.zone = zone;
    }

    /** One tick of the schedule, also for tests: at least a flush. */
    abstract void tick();

    LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone.get());
    }

    /** Reads the persisted figures; done by {@link #start()}, or by tests that build the store by hand. */
    void load() {
        tally.load(today(clock.instant()));
    }

    /** See {@link VisitTally#flush}. */
    boolean flush() {
        return tally.flush();
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
    public VisitCounts counts(LocalDate today) {
        return tally.counts(today);
    }

    @Override
    public Map<LocalDate, Long> visitsBetween(LocalDate from, LocalDate to) {
        return tally.visitsBetween(from, to);
    }

    @Override
    public void start() {
        load();
        tally.startFlushing(scheduler, this::tick);
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
