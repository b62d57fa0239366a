package vn.toasoan.stats;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * This node's visits and article views: counted in {@link LongAdder}s, written to the database as increments by
 * {@link #flush}, and shown as the database's figures plus what this node has not written yet, so a figure never
 * waits for a flush.
 *
 * <p>Flushing never resets a counter: for each day and article it remembers how much is already written and
 * writes the difference. A count that arrives during a flush goes into the next one; a failed flush writes
 * nothing (one transaction) and is retried whole; so nothing is lost or counted twice. Increments from several
 * nodes add up in the database.
 *
 * <p>The database's figures are read once by {@link #load}; on several nodes {@link #reload} reads them again
 * after each flush, so every node shows what all nodes wrote. Each reading remembers how much of it this node had
 * written, so its own counts are never shown twice, whatever the timing of reads, flushes and page views.
 */
final class VisitTally {

    private static final Logger log = LoggerFactory.getLogger(VisitTally.class);

    private final VisitRepository repository;
    private final Duration flushInterval;
    private volatile ScheduledFuture<?> flushing;

    private final ConcurrentHashMap<LocalDate, LongAdder> visitsByDay = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, LongAdder> viewsByArticle = new ConcurrentHashMap<>();
    private final LongAdder visitsSinceStart = new LongAdder();

    private final ReentrantLock flushLock = new ReentrantLock();
    /** Guarded by flushLock: how much of each counter the database already has. */
    private final Map<LocalDate, Long> flushedVisits = new HashMap<>();
    private final Map<Long, Long> flushedViews = new HashMap<>();
    private long flushedTotal;
    private int failedFlushes;
    private int failedReloads;

    private volatile Persisted persisted;

    VisitTally(VisitRepository repository, Duration flushInterval) {
        this.repository = repository;
        this.flushInterval = flushInterval;
    }

    /**
     * The database's figures for {@code day} and the day before, and how much of them this node had written when
     * they were read (nothing at start-up).
     */
    private record Persisted(LocalDate day, VisitCounts database, long ownTotal, long ownToday, long ownYesterday) {

        long visits(LocalDate d) {
            // A later day (midnight passed since the reading) has only what this node counted, until the next reading.
            return d.equals(day) ? database.today() : d.equals(day.minusDays(1)) ? database.yesterday() : 0;
        }

        long own(LocalDate d) {
            return d.equals(day) ? ownToday : d.equals(day.minusDays(1)) ? ownYesterday : 0;
        }
    }

    /** Reads the persisted figures; call once, before counting. */
    void load(LocalDate today) {
        flushLock.lock();
        try {
            read(today);
        } finally {
            flushLock.unlock();
        }
    }

    /**
     * Reads the persisted figures again, for nodes that share the database. A failure keeps the last reading
     * (still right for this node's own counts) and is logged once per failure streak.
     */
    void reload(LocalDate today) {
        flushLock.lock();
        try {
            read(today);
            if (failedReloads > 0) {
                log.info("Visit statistics read from the database again after {} failed attempts", failedReloads);
                failedReloads = 0;
            }
        } catch (RuntimeException e) {
            if (failedReloads++ == 0) {
                log.warn("Could not read the visit statistics of all nodes; showing the last figures read plus this "
                        + "node's counts, retrying every {}", flushInterval, e);
            }
        } finally {
            flushLock.unlock();
        }
    }

    /** Under the flush lock: the reading and this node's written amounts must belong to the same moment. */
    private void read(LocalDate today) {
        VisitCounts database = repository.figuresOn(today);
        persisted = new Persisted(today, database, flushedTotal, flushedVisits.getOrDefault(today, 0L),
                flushedVisits.getOrDefault(today.minusDays(1), 0L));
    }

    void recordVisit(LocalDate day) {
        counter(visitsByDay, day).increment();
        visitsSinceStart.increment();
    }

    void recordArticleView(long articleId) {
        counter(viewsByArticle, articleId).increment();
    }

    private static <K> LongAdder counter(ConcurrentHashMap<K, LongAdder> counters, K key) {
        LongAdder adder = counters.get(key);
        return adder != null ? adder : counters.computeIfAbsent(key, k -> new LongAdder());
    }

    /** See {@link VisitStore#counts}. */
    VisitCounts counts(LocalDate today) {
        Persisted base = persisted;
        LocalDate yesterday = today.minusDays(1);
        return new VisitCounts(
                base.database().total() + visitsSinceStart.sum() - base.ownTotal(),
                base.visits(today) + countedSinceStart(today) - base.own(today),
                base.visits(yesterday) + countedSinceStart(yesterday) - base.own(yesterday));
    }

    private long countedSinceStart(LocalDate day) {
        LongAdder adder = visitsByDay.get(day);
        return adder == null ? 0 : adder.sum();
    }

    /**
     * The database's rows plus what this node counted and has not written yet. Under the flush lock, so that a
     * flush cannot move a count from memory to the database between the two reads (counted twice or not at all).
     */
    Map<LocalDate, Long> visitsBetween(LocalDate from, LocalDate to) {
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
            visits.forEach((day, n) -> {
                flushedVisits.merge(day, n, Long::sum);
                flushedTotal += n;
            });
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

    /** Runs {@code tick} (a flush, and what the store adds to it) every flush interval until {@link #stopFlushing}. */
    void startFlushing(TaskScheduler scheduler, Runnable tick) {
        flushing = scheduler.scheduleWithFixedDelay(tick, flushInterval);
    }

    /** Ends the schedule and writes what is left: the last thing a stopping store does. */
    void stopFlushing() {
        ScheduledFuture<?> task = flushing;
        flushing = null;
        if (task != null) {
            task.cancel(false);
        }
        flushAtShutdown();
    }

    boolean isFlushing() {
        return flushing != null;
    }

    /** The last flush, at shutdown; what the database refuses now is lost, so it is logged as an error. */
    void flushAtShutdown() {
        if (!flush()) {
            log.error("Visit statistics counted since the last flush are lost: the database refused them at shutdown");
        }
    }
}
