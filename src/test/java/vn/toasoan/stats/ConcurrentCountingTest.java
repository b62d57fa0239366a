package vn.toasoan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.toasoan.stats.Visitors.Visitor;

/** Many threads count while flushes run: every visit and view reaches the database exactly once. */
class ConcurrentCountingTest {

    private static final int THREADS = 16;
    private static final int VISITS = 20_000;

    @Test
    void twentyThousandVisitsAndViewsFromSixteenThreadsWithConcurrentFlushes() throws Exception {
        StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");
        long article = stats.insertArticle();
        LocalDate today = LocalDate.parse("2025-03-01");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger flushes = new AtomicInteger();
        try {
            Future<?> flusher = pool.submit(() -> {
                while (loading.get()) {
                    stats.store.flush();
                    flushes.incrementAndGet();
                }
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                readers.add(pool.submit(() -> {
                    for (int i = thread; i < VISITS; i += THREADS) {
                        stats.counter.count(new Visitor("c:visitor-" + i, List.of(), null), article);
                    }
                }));
            }
            for (Future<?> reader : readers) {
                reader.get(60, TimeUnit.SECONDS);
            }
            loading.set(false);
            flusher.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(flushes.get()).as("flushes ran during the load").isGreaterThan(1);
        assertThat(stats.stats().today()).isEqualTo(VISITS);
        assertThat(stats.store.flush()).isTrue();
        assertThat(stats.persistedVisits(today)).isEqualTo(VISITS);
        assertThat(stats.viewCount(article)).isEqualTo(VISITS);
        assertThat(stats.store.flush()).isTrue();
        assertThat(stats.viewCount(article)).isEqualTo(VISITS);
    }

    @Test
    void oneVisitorOnManyThreadsStartsOneVisit() throws Exception {
        StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> requests = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                requests.add(pool.submit(() -> {
                    for (int i = 0; i < 1000; i++) {
                        stats.counter.count(new Visitor("c:same", List.of("f:old"), null), null);
                    }
                }));
            }
            for (Future<?> request : requests) {
                request.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(stats.stats().today()).isEqualTo(1);
    }
}
