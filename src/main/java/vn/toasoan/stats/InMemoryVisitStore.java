package vn.toasoan.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * The {@code memory} store: visit windows and presence in this node's memory, counts in {@link LongAdder}s
 * flushed to the database every {@code flush-interval}. Displayed figures are what the database held at start-up
 * plus what this node counted since, so they do not wait for a flush. One node only: with several nodes each
 * shows its own view (the database sums stay right); use the Redis store there.
 *
 * <p>Flushing never resets a counter: for each day and article it remembers how much is already written and
 * writes the difference. A count that arrives during a flush goes into the next one; a failed flush writes
 * nothing (one transaction) and is retried whole; so nothing is lost or counted twice.
 */
final class InMemoryVisitStore implements VisitStore, SmartLifecycle {

    /**
     * Stops after the web server (stopped at {@code DEFAULT_PHASE - 2048}), so no request is counted after the last
     * flush; every lifecycle stops before beans are destroyed, so the DataSource is still open then.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger log = LoggerFactory.getLogger(InMemoryVisitStore.class);

    private final VisitRepository repository;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration flushInterval;
    private final Duration visitTimeout;
    /** Last activity is kept to this precision; far finer than the 5- and 30-minute windows need. */
    private static final Duration SEEN_PRECISION = Duration.ofSeconds(1);

    private final Duration onlineWindow;

    /** Last activity per visitor key; entries idle longer than the visit timeout are pruned by {@link #online}. */
    private final ConcurrentHashMap<String, Instant> lastSeen = new ConcurrentHashMap<>();
    /** Serialises the rare path that starts or links a visit, so two requests of one browser cannot both start it. */
    private final Object visitStart = new Object();

    private final ConcurrentHashMap<LocalDate, LongAdder> visitsByDay = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, LongAdder> viewsByArticle = new ConcurrentHashMap<>();
    private final LongAdder visitsSinceStart = new LongAdder();

    private final ReentrantLock flushLock = new ReentrantLock();
    /** Guarded by flushLock: how much of each counter the database already has. */
    private final Map<LocalDate, Long> flushedVisits = new HashMap<>();
    private final Map<Long, Long> flushedViews = new HashMap<>();
    private int failedFlushes;

    private volatile Persisted persisted = new Persisted(0, Map.of());
    private volatile ScheduledFuture<?> flushing;

    InMemoryVisitStore(VisitRepository repository, TaskScheduler scheduler, Clock clock, ZoneId zone,
            StatsProperties properties) {
        this.repository = repository;
        this.scheduler = scheduler;
        this.clock = clock;
        this.zone = zone;
        this.flushInterval = properties.flushInterval();
        this.visitTimeout = properties.visitTimeout();
        this.onlineWindow = properties.onlineWindow();
    }

    /** What the database held when this node started. */
    private record Persisted(long total, Map<LocalDate, Long> visitsByDay) {

        long visits(LocalDate day) {
            return visitsByDay.getOrDefault(day, 0L);
        }
    }

    /** Reads the persisted figures; call once, before counting (done by {@link #start()}). */
    void load(LocalDate today) {
        // Days before yesterday are never displayed; later days only get rows from this node, counted in memory.
        persisted = new Persisted(repository.totalVisits(), Map.copyOf(repository.visitsSince(today.minusDays(1))));
    }

    @Override
    public boolean touch(String visitorKey, List<String> aliases, Instant now) {
        Instant idleBefore = now.minus(visitTimeout);
        Instant known = lastSeen.get(visitorKey);
        if (known != null && known.isAfter(idleBefore) && !known.isBefore(now.minus(SEEN_PRECISION))) {
            // Seen within the last second: nothing to write, and no lock for a busy visitor's many requests.
            return false;
        }
        boolean[] continued = {false};
        // Fast path, lock-free: a visitor already in a visit.
        lastSeen.computeIfPresent(visitorKey, (key, seen) -> {
            if (seen.isAfter(idleBefore)) {
                continued[0] = true;
                return later(seen, now);
            }
            return seen;
        });
        if (continued[0]) {
            return false;
        }
        synchronized (visitStart) {
            Instant seen = lastSeen.get(visitorKey);
            if (seen != null && seen.isAfter(idleBefore)) {
                // Another request of this visitor started or linked the visit while we waited.
                lastSeen.merge(visitorKey, now, InMemoryVisitStore::later);
                return false;
            }
            Instant linked = null;
            for (String alias : aliases) {
                Instant aliasSeen = lastSeen.remove(alias);
                if (aliasSeen != null && aliasSeen.isAfter(idleBefore)) {
                    linked = linked == null ? aliasSeen : later(linked, aliasSeen);
                }
            }
            lastSeen.put(visitorKey, linked == null ? now : later(linked, now));
            return linked == null;
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public void recordVisit(LocalDate day) {
        counter(visitsByDay, day).increment();
        visitsSinceStart.increment();
    }

    @Override
    public void recordArticleView(long articleId) {
        counter(viewsByArticle, articleId).increment();
    }

    private static <K> LongAdder counter(ConcurrentHashMap<K, LongAdder> counters, K key) {
        LongAdder adder = counters.get(key);
        return adder != null ? adder : counters.computeIfAbsent(key, k -> new LongAdder());
    }

    @Override
    public long online(Instant now) {
        prune(now);
        Instant onlineAfter = now.minus(onlineWindow);
        return lastSeen.values().stream().filter(seen -> seen.isAfter(onlineAfter)).count();
    }

    /** Forgets visitors idle longer than the visit timeout: their next page view starts a visit anyway. */
    private void prune(Instant now) {
        Instant idleBefore = now.minus(visitTimeout);
        lastSeen.values().removeIf(seen -> !seen.isAfter(idleBefore));
    }

    @Override
    public VisitCounts counts(LocalDate today) {
        Persisted base = persisted;
        LocalDate yesterday = today.minusDays(1);
        return new VisitCounts(
                base.total() + visitsSinceStart.sum(),
                base.visits(today) + countedSinceStart(today),
                base.visits(yesterday) + countedSinceStart(yesterday));
    }

    /**
     * The database's rows plus what this node counted and has not written yet. Under the flush lock, so that a
     * flush cannot move a count from memory to the database between the two reads (counted twice or not at all).
     */
    @Override
    public Map<LocalDate, Long> visitsBetween(LocalDate from, LocalDate to) {
        flushLock.lock();
        try {
            Map<LocalDate, Long> visits = new HashMap<>(repository.visitsBetween(from, to));
            unflushed(visitsByDay, flushedVisits).forEach((day, pending) -> {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    visits.merge(day, pending, Long::sum);
                }
            });
            return visits;
        } finally {
            flushLock.unlock();
        }
    }

    private long countedSinceStart(LocalDate day) {
        LongAdder adder = visitsByDay.get(day);
        return adder == null ? 0 : adder.sum();
    }

    /**
     * Writes what was counted since the last successful flush, in one transaction. Safe to call from any thread;
     * concurrent calls run one after the other.
     *
     * @return false when the database refused the batch; it stays pending and is retried by the next flush
     */
    boolean flush() {
        flushLock.lock();
        try {
            Map<LocalDate, Long> visits = unflushed(visitsByDay, flushedVisits);
            Map<Long, Long> views = unflushed(viewsByArticle, flushedViews);
            if (visits.isEmpty() && views.isEmpty()) {
                return true;
            }
            try {
                repository.add(visits, views);
            } catch (RuntimeException e) {
                // Once per failure streak: the scheduler retries every second and would flood the log.
                if (failedFlushes++ == 0) {
                    log.warn("Could not write visit statistics ({} visits on {}, views of {} articles); "
                                    + "keeping them in memory and retrying every {}",
                            visits.values().stream().mapToLong(Long::longValue).sum(), visits.keySet(),
                            views.size(), flushInterval, e);
                } else {
                    log.debug("Visit statistics flush failed again ({} attempts)", failedFlushes, e);
                }
                return false;
            }
            visits.forEach((day, n) -> flushedVisits.merge(day, n, Long::sum));
            views.forEach((id, n) -> flushedViews.merge(id, n, Long::sum));
            if (failedFlushes > 0) {
                log.info("Visit statistics written again after {} failed attempts", failedFlushes);
                failedFlushes = 0;
            }
            return true;
        } finally {
            flushLock.unlock();
        }
    }

    /**
     * Counted minus flushed, per key. {@link LongAdder#sum()} is not an atomic snapshot, but with increments only it
     * never goes down and includes every increment that finished before the call, which is all this needs.
     */
    private static <K> Map<K, Long> unflushed(Map<K, LongAdder> counted, Map<K, Long> flushed) {
        Map<K, Long> pending = new HashMap<>();
        counted.forEach((key, adder) -> {
            long delta = adder.sum() - flushed.getOrDefault(key, 0L);
            if (delta > 0) {
                pending.put(key, delta);
            }
        });
        return pending;
    }

    @Override
    public void start() {
        load(LocalDate.ofInstant(clock.instant(), zone));
        flushing = scheduler.scheduleWithFixedDelay(() -> {
            flush();
            // Also here, so presence stays bounded when no page asks for the online figure.
            prune(clock.instant());
        }, flushInterval);
    }

    @Override
    public void stop() {
        ScheduledFuture<?> task = flushing;
        flushing = null;
        if (task != null) {
            task.cancel(false);
        }
        if (!flush()) {
            log.error("Visit statistics counted since the last flush are lost: the database refused them at shutdown");
        }
    }

    @Override
    public boolean isRunning() {
        return flushing != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
