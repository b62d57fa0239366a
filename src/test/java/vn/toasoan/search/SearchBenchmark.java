package vn.toasoan.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import vn.toasoan.text.Folding;
import vn.toasoan.text.VietnameseText;

/**
 * Indexing rate, query latency, index size and peak heap of the search index over at least 100,000 articles made
 * from the Underthesea news corpus in {@code ../shared} (2,653 real articles, cycled with other ids, dates and
 * paragraph orders). A benchmark, not a test: run it with {@code bench/search-bench.sh}, which sets a 512 MB heap.
 *
 * <p>System properties: {@code toasoan.shared} (default {@code ../shared}), {@code bench.documents} (100000),
 * {@code bench.queries} (400).
 */
public final class SearchBenchmark {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int THREADS = 2;
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    record Source(String id, String category, LocalDate date, String title, String sapo, List<String> body) {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("toasoan.shared", "../shared"));
        Path corpus = shared.resolve("data/vi-news/underthesea-UNC/CP_Vietnamese-UNC").toAbsolutePath().normalize();
        int documents = Integer.getInteger("bench.documents", 100_000);
        int queries = Integer.getInteger("bench.queries", 400);
        List<Source> sources = read(corpus);
        System.out.printf("corpus: %d articles from %s%n", sources.size(), corpus);

        Path dir = Files.createTempDirectory("search-bench");
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            long start = System.nanoTime();
            long startCpu = processCpuNanos();
            // Two threads, as a rebuild uses: one writer, documents inverted in parallel.
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                done.add(threads.submit(() -> {
                    for (int i = first; i < documents; i += THREADS) {
                        index.update(generate(sources, i), 1);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
            threads.shutdown();
            index.commit();
            index.refresh();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - startCpu) / 1e9;
            // CPU time too: on a shared machine the wall clock also measures the neighbours.
            System.out.printf("indexed: %d documents in %.1f s = %.0f documents/s (%.0f documents per CPU-second,"
                    + " %d threads)%n", documents, seconds, documents / seconds, documents / cpuSeconds, THREADS);
            System.out.printf("index size: %.1f MB%n", size(dir) / 1e6);

            List<BenchQuery> mixed = queries(sources, queries);
            for (BenchQuery q : mixed.subList(0, Math.min(100, mixed.size()))) {
                index.search(SearchQuery.of(q.text(), 10), q.text(), NOW);
            }
            long[] nanos = new long[mixed.size()];
            long[] cpu = new long[mixed.size()];
            ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
            long hits = 0;
            List<String> timed = new ArrayList<>();
            int sourceFound = 0;
            for (int i = 0; i < mixed.size(); i++) {
                String q = mixed.get(i).text();
                long c = threadBean.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                SearchResults results = index.search(SearchQuery.of(q, 10), q, NOW);
                nanos[i] = System.nanoTime() - t;
                cpu[i] = threadBean.getCurrentThreadCpuTime() - c;
                hits += results.total();
                String sourceTitle = mixed.get(i).sourceTitle();
                if (results.hits().stream().anyMatch(hit -> hit.title().equals(sourceTitle))) {
                    sourceFound++;
                }
                timed.add(String.format("%8.1f ms  %6d hits  %s", nanos[i] / 1e6, results.total(), q));
            }
            // The slowest queries, to see what the p95 is made of.
            timed.sort(Comparator.reverseOrder());
            System.out.printf("slowest:%n  %s%n", String.join("\n  ", timed.subList(0, Math.min(8, timed.size()))));
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf("queries: %d (half with diacritics), mean %d hits; latency p50 %.1f ms, p95 %.1f ms,"
                    + " max %.1f ms%n", mixed.size(), hits / mixed.size(), nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.95)] / 1e6, nanos[nanos.length - 1] / 1e6);
            System.out.printf("query CPU time: p50 %.1f ms, p95 %.1f ms%n", cpu[cpu.length / 2] / 1e6,
                    cpu[(int) (cpu.length * 0.95)] / 1e6);
            // A rough check of ranking, not only of speed: each query is cut from a title, and a reader typing it
            // would most likely want that article (the words may of course be in other titles too).
            System.out.printf("the article a query was cut from is on its first page (10 results): %d of %d (%.0f%%)%n",
                    sourceFound, mixed.size(), 100.0 * sourceFound / mixed.size());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap: %.0f MB (max heap %.0f MB)%n", peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    /** The i-th article: a corpus article with another id, an earlier date and its paragraphs rotated. */
    static SearchDocument generate(List<Source> sources, int i) {
        Source s = sources.get(i % sources.size());
        int round = i / sources.size();
        List<String> body = new ArrayList<>(s.body());
        if (!body.isEmpty()) {
            java.util.Collections.rotate(body, round % body.size());
        }
        Instant date = s.date().minusDays(7L * round).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new SearchDocument("bench:" + i, "article", s.title(), s.sapo(), String.join("\n", body),
                s.category(), date, "/tin-tuc/bench-" + i);
    }

    /** A query of the benchmark and the title it was cut from. */
    record BenchQuery(String text, String sourceTitle) {
    }

    /** One to four consecutive words of a title, as typed with diacritics and, every other time, without. */
    static List<BenchQuery> queries(List<Source> sources, int count) {
        Random random = new Random(42);
        List<BenchQuery> queries = new ArrayList<>();
        while (queries.size() < count) {
            String title = sources.get(random.nextInt(sources.size())).title();
            String[] words = title.split("\\s+");
            int length = Math.min(words.length, 1 + random.nextInt(4));
            int from = random.nextInt(words.length - length + 1);
            String q = String.join(" ", Arrays.copyOfRange(words, from, from + length));
            queries.add(new BenchQuery(queries.size() % 2 == 0 ? q : Folding.fold(q), title));
        }
        return queries;
    }

    static List<Source> read(Path corpus) throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .map(VietnameseText::nfc).toList();
                String id = lines.get(0).replace("# doc_id = ", "");
                LocalDate date = LocalDate.parse(lines.get(2).replace("# date = ", "").strip(), BASIC);
                String category = id.replaceAll("^news_|_\\d+$", "");
                sources.add(new Source(id, category, date, lines.get(3), lines.size() > 4 ? lines.get(4) : "",
                        lines.size() > 5 ? lines.subList(5, lines.size()) : List.of()));
            }
        }
        return sources;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private SearchBenchmark() {
    }
}
