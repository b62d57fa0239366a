package vn.toasoan.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.changes.FeedPosition;

/**
 * The search index of this node, in {@code ${toasoan.data-dir}/search/}: what features write into it and what
 * readers ask of it. Changes are visible to searches as soon as a write returns. The database is the truth: at
 * start-up a missing, damaged or stale index is rebuilt in the background from the {@link SearchSource}s, while
 * searches go on answering from what is already there.
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    /** During a rebuild, results appear in batches rather than all at the end. */
    private static final int REFRESH_EVERY = 2_000;

    private final Path path;
    private final List<SearchSource> sources;
    private final SearchProperties properties;
    private final Clock clock;
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Writes hold the read side, the switch to a new rebuild generation the write side: a document written during
     * the switch carries either the old generation and is rewritten by the rebuild, or the new one and is kept.
     */
    private final ReadWriteLock generationLock = new ReentrantReadWriteLock();
    /** Increases with every rebuild within this process; documents carry the one they were written in. */
    private volatile long generation = System.currentTimeMillis();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile LuceneIndex index;
    private volatile CompletableFuture<Void> rebuild = CompletableFuture.completedFuture(null);
    /** When the last complete rebuild finished; read from the index at start-up. */
    private volatile Instant lastRebuiltAt;
    private volatile String lastFailure;
    /** Whether searches may miss documents of the database until the rebuild under way has finished. */
    private volatile boolean incomplete;
    /** Whether this process found the index without a usable position and built it from the database. */
    private volatile boolean startedOver;

    SearchIndex(DataDirectoryProperties data, List<SearchSource> sources, SearchProperties properties, Clock clock)
            throws IOException {
        this.path = data.dataDir().resolve("search");
        this.sources = sources;
        this.properties = properties;
        this.clock = clock;
        this.index = LuceneIndex.open(path);
        this.lastRebuiltAt = index.lastRebuild();
    }

    /**
     * Brings entries in line with their sources after changes, and records the change feed position they bring the
     * index to, in one commit: after a crash, the index and its position agree (nothing missed, nothing applied
     * twice). {@code current} maps an entry's id to what the source holds now; empty removes the entry.
     */
    void follow(Map<String, Optional<SearchDocument>> current, FeedPosition after) {
        write(() -> {
            for (Map.Entry<String, Optional<SearchDocument>> entry : current.entrySet()) {
                if (entry.getValue().isPresent()) {
                    updateInGeneration(entry.getValue().get());
                } else {
                    index.delete(entry.getKey());
                }
            }
            index.setFeedPosition(after.encode());
        });
    }

    /**
     * The change feed position stored with the index's last commit. Empty for an index that has none: a new node's,
     * a lost or damaged index replaced by an empty one, or one with documents from before the feed; the feed then
     * has it {@link #startOver} from the database.
     */
    Optional<FeedPosition> feedPosition() {
        String stored = index.feedPosition();
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(FeedPosition.decode(stored));
        } catch (RuntimeException e) {
            log.warn("Search index holds an unreadable change feed position '{}'; it will be rebuilt", stored);
            return Optional.empty();
        }
    }

    /**
     * The index cannot tell which changes it missed: it is built again from the database, and follows the feed from
     * {@code from} meanwhile. Called before the node takes requests. A database of at most
     * {@code toasoan.search.build-before-opening-up-to} documents is indexed at once, so the first reader finds all
     * of it; a larger one in the background while the node already serves pages, searches answering from what is
     * indexed so far and saying so ({@link #building()}).
     */
    void startOver(FeedPosition from) {
        startedOver = true;
        index.setFeedPosition(from.encode());
        long documents = sources.stream().mapToLong(SearchSource::count).sum();
        if (documents <= properties.buildBeforeOpeningUpTo()) {
            log.info("Search index has no usable change feed position; building it from the {} documents of the"
                    + " database before the node takes requests", documents);
            try {
                rebuild().join();
            } catch (CompletionException e) {
                // Logged by the build; the node opens with what is there, and the start-up check tries again.
                startedOver = false;
            }
        } else {
            log.info("Search index has no usable change feed position; building it from the {} documents of the"
                    + " database in the background while the node serves pages", documents);
            incomplete = true;
            rebuild();
        }
    }

    /**
     * Where the build stands while searches can miss documents that are in the database: the index is being built
     * again after it was found empty, lost, damaged or short of documents. Empty when the index holds what the database
     * does (also during a rebuild that only refreshes a complete index: it keeps every document until the end).
     */
    public Optional<RebuildProgress> building() {
        RebuildProgress progress = rebuildProgress();
        return incomplete && progress.running() ? Optional.of(progress) : Optional.empty();
    }

    /**
     * One page of results for a reader's query; a query longer than {@code toasoan.search.max-query-length} is
     * searched by its beginning. Never fails on what the reader typed: a query without any word answers with
     * {@link SearchResults#searchable()} false.
     */
    public SearchResults search(SearchQuery query) {
        String text = query.text();
        if (text.length() > properties.maxQueryLength()) {
            text = text.substring(0, text.offsetByCodePoints(0, text.codePointCount(0, properties.maxQueryLength())));
        }
        try {
            return index.search(query, text, clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents searches see, all types together. */
    public long size() {
        try {
            return index.count(Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RebuildProgress rebuildProgress() {
        return new RebuildProgress(!rebuild.isDone(), done.get(), total.get());
    }

    /**
     * Rebuilds the index from the database in the background; searches keep answering meanwhile. If a rebuild
     * is already running, returns that one.
     */
    public synchronized CompletableFuture<Void> rebuild() {
        if (rebuild.isDone()) {
            // Until the rebuild has counted its sources, it is at 0 of an unknown total, not where the last one ended.
            done.set(0);
            total.set(0);
            rebuild = CompletableFuture.runAsync(this::rebuildNow, rebuilder);
        }
        return rebuild;
    }

    /**
     * Starts a rebuild in the background, as {@link #rebuild()} does, unless one is already running.
     *
     * @return false, starting nothing, when a rebuild is already under way
     */
    public synchronized boolean startRebuild() {
        if (!rebuild.isDone()) {
            return false;
        }
        rebuild();
        return true;
    }

    /** What the administrator's page shows: size, last rebuild, the rebuild under way. */
    public IndexState state() {
        return new IndexState(size(), lastRebuiltAt, rebuildProgress(), lastFailure, index.outdated());
    }

    /** Nothing to check when the index was just built from the database ({@link #startOver}). */
    @EventListener(ApplicationReadyEvent.class)
    void checkOnStart() {
        if (properties.rebuildOnStart()) {
            log.info("Rebuilding the search index in the background, as toasoan.search.rebuild-on-start asks");
            rebuild();
        } else if (properties.checkOnStart() && !startedOver) {
            checkAgainstDatabase();
        }
    }

    /**
     * Starts a rebuild when the index was recreated, holds another number of documents than the database or was
     * written by an earlier version with other fields: a lost or damaged index, changes missed while the node was
     * down, or an upgrade.
     *
     * @return whether a rebuild was started
     */
    boolean checkAgainstDatabase() {
        Set<String> types = new TreeSet<>();
        long expected = 0;
        for (SearchSource source : sources) {
            types.addAll(source.types());
            expected += source.count();
        }
        long indexed;
        try {
            indexed = index.count(types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (index.rebuildInterrupted()) {
            log.info("Search index rebuild was interrupted; rebuilding it in the background");
            incomplete = true;
            rebuild();
            return true;
        }
        if (index.recreated() || indexed != expected) {
            log.info("Search index holds {} of {} documents; rebuilding it in the background", indexed, expected);
            incomplete = true;
            rebuild();
            return true;
        }
        if (index.outdated()) {
            log.info("Search index was written by an earlier version; rebuilding it in the background");
            rebuild();
            return true;
        }
        return false;
    }

    private void rebuildNow() {
        long started = System.nanoTime();
        long current;
        generationLock.writeLock().lock();
        try {
            current = ++generation;
        } finally {
            generationLock.writeLock().unlock();
        }
        done.set(0);
        total.set(sources.stream().mapToLong(SearchSource::count).sum());
        try {
            index.markRebuildStarted();
            index.commit();
            for (SearchSource source : sources) {
                indexInParallel(source);
                index.deleteOlderThan(source.types(), current);
            }
            index.refresh();
            Instant finished = clock.instant();
            index.markRebuilt(finished);
            index.commit();
            lastRebuiltAt = finished;
            lastFailure = null;
            incomplete = false;
            log.info("Search index rebuilt: {} documents in {} ms", done.get(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            log.error("Search index rebuild failed", e);
            lastFailure = e.toString();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            log.error("Search index rebuild failed", e);
            lastFailure = e.toString();
            throw e;
        }
    }

    /**
     * The thread reading the source indexes, and one helper alongside: the writer inverts documents in parallel,
     * and two cores index nearly twice as fast. The short queue keeps memory flat whatever the source's size.
     */
    private void indexInParallel(SearchSource source) {
        ThreadPoolExecutor helper = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
                runnable -> {
                    Thread thread = new Thread(runnable, "search-rebuild-helper");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            source.forEach(document -> {
                RuntimeException failed = failure.get();
                if (failed != null) {
                    throw failed;
                }
                helper.execute(() -> {
                    try {
                        updateInGeneration(document);
                        if (done.incrementAndGet() % REFRESH_EVERY == 0) {
                            index.refresh();
                        }
                    } catch (IOException e) {
                        failure.compareAndSet(null, new UncheckedIOException(e));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                });
            });
        } finally {
            helper.shutdown();
            try {
                helper.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                helper.shutdownNow();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private void updateInGeneration(SearchDocument document) throws IOException {
        generationLock.readLock().lock();
        try {
            index.update(document, generation);
        } finally {
            generationLock.readLock().unlock();
        }
    }

    /** Visible at once and committed, so it survives a crash (the change feed hands changes over in batches). */
    private void write(IndexChange change) {
        try {
            change.apply();
            index.refresh();
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the index; a rebuild still running is abandoned (the next start-up finds the difference). */
    @PreDestroy
    void close() throws IOException {
        rebuilder.shutdownNow();
        index.close();
    }

    /**
     * Closes the index, runs {@code whileClosed} and opens it again, as a restart would: for tests of what start-up
     * does with a lost or damaged index.
     */
    void reopen(Runnable whileClosed) throws IOException {
        rebuild.join();
        index.close();
        whileClosed.run();
        index = LuceneIndex.open(path);
    }

    Path path() {
        return path;
    }

    @FunctionalInterface
    private interface IndexChange {
        void apply() throws IOException;
    }
}
