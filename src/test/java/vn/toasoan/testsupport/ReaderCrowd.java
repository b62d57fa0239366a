package vn.toasoan.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Many readers at once, each with a browser of their own: its own address (sent as {@code X-Forwarded-For}, as a
 * proxy in front would), its own User-Agent, and the visitor cookie the site gives it on the first page, sent back on
 * the next. Browsers are numbered across the whole JVM, so no two crowds share one. Failures are answers too (status
 * {@value #NO_ANSWER}): a check counts them instead of stopping at the first.
 */
public final class ReaderCrowd implements AutoCloseable {

    public static final int NO_ANSWER = -1;
    private static final AtomicInteger BROWSERS = new AtomicInteger();
    private static final String VISITOR_COOKIE = "tsv=";

    /**
     * One answer to one browser.
     *
     * @param upstream the {@link Nginx#UPSTREAM_HEADER} of the answer (empty when a node answered directly)
     */
    public record Answer(int browser, String url, int status, String upstream, Instant at) {

        /** The node that finally answered, as nginx names it: the last of the nodes it asked. */
        public String finalUpstream() {
            int comma = upstream.lastIndexOf(',');
            return (comma < 0 ? upstream : upstream.substring(comma + 1)).strip();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService threads;
    private final int concurrency;

    /** A crowd of which {@code concurrency} readers load pages at the same moment. */
    public ReaderCrowd(int concurrency) {
        this.concurrency = concurrency;
        this.threads = Executors.newFixedThreadPool(concurrency);
    }

    /** {@code browsers} new browsers, each loading the addresses {@code pages} gives for its number (0, 1, …). */
    public List<Answer> visit(int browsers, IntFunction<List<String>> pages) throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        return run(() -> started.getAndIncrement() < browsers, pages);
    }

    /** New browsers, one after another on each of the crowd's threads, for {@code duration}. */
    public List<Answer> visitFor(Duration duration, IntFunction<List<String>> pages) throws InterruptedException {
        Instant end = Instant.now().plus(duration);
        return run(() -> Instant.now().isBefore(end), pages);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private List<Answer> run(BooleanSupplier another, IntFunction<List<String>> pages) throws InterruptedException {
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger ordinal = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            workers.add(threads.submit(() -> {
                while (another.getAsBoolean()) {
                    browse(BROWSERS.incrementAndGet(), pages.apply(ordinal.getAndIncrement()), answers);
                }
            }));
        }
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return List.copyOf(answers);
    }

    private void browse(int browser, List<String> urls, List<Answer> answers) {
        String userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0."
                + (browser / 1000) + "." + (browser % 1000) + " Safari/537.36";
        String address = "10." + (browser >> 16 & 255) + "." + (browser >> 8 & 255) + "." + (browser & 255);
        String cookie = null;
        for (String url : urls) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("User-Agent", userAgent).header("X-Forwarded-For", address).GET();
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            try {
                HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                for (String set : response.headers().allValues("Set-Cookie")) {
                    if (set.startsWith(VISITOR_COOKIE)) {
                        cookie = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
                    }
                }
                answers.add(new Answer(browser, url, response.statusCode(),
                        response.headers().firstValue(Nginx.UPSTREAM_HEADER).orElse(""), Instant.now()));
            } catch (IOException e) {
                answers.add(new Answer(browser, url, NO_ANSWER, e.toString(), Instant.now()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
