package vn.toasoan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import vn.toasoan.testsupport.AdminApi;
import vn.toasoan.testsupport.Multipart;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.NodeCluster;
import vn.toasoan.testsupport.ReaderCrowd;
import vn.toasoan.testsupport.ReaderCrowd.Answer;
import vn.toasoan.testsupport.WebClient;

/**
 * Issue 10's promise, end to end: three nodes of the packaged jar on one PostgreSQL database and one Redis, behind
 * nginx with round robin and no stickiness, behave as one site. The nodes start once for the class; the checks run in
 * order (the later ones stop, restart and kill nodes), and each first starts again a node an earlier one left down.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreeNodesTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final String CATEGORY = "tin-cum-may-chu";
    /** How often a node writes the counts it holds (toasoan.stats.flush-interval): a killed node loses this much. */
    private static final Duration FLUSH_INTERVAL = Duration.ofSeconds(1);
    private static final int READERS = 8;
    /** The flush's own time on a busy machine, on top of {@link #FLUSH_INTERVAL}. */
    private static final Duration FLUSH_TIME = Duration.ofMillis(500);
    /** Nodes agree on the figures "within a few seconds" (issue 10); more than that is a failure. */
    private static final Duration FIGURES_PATIENCE = Duration.ofSeconds(20);

    private static NodeCluster cluster;
    private static ReaderCrowd crowd;
    /** Articles the first check published (path and search word), for the catch-up check to unpublish one. */
    private static final List<Map.Entry<String, String>> published = new ArrayList<>();
    /** One client per node: nodes keep their ports when they start again. */
    private static final Map<Integer, WebClient> webClients = new HashMap<>();
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = NodeCluster.start(3);
        crowd = new ReaderCrowd(READERS);
        api(A).post("/api/v1/admin/categories", Map.of("name", "Tin hoạt động cụm", "slug", CATEGORY,
                "showOnHome", true), 201);
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        if (crowd != null) {
            crowd.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void anArticlePublishedOnOneNodeIsOnTheOthersPagesAndInTheirSearchWithinASecond() throws Exception {
        cluster.ensureAllRunning();
        Map<String, List<Duration>> times = new LinkedHashMap<>();
        // Round 0 is not timed: the first article page and search of a fresh node load templates and warm code up.
        for (int round = 0; round <= 5; round++) {
            // Their home pages in their page caches first: the publication has to clear them.
            for (int node : List.of(B, C)) {
                assertThat(web(node).get("/").statusCode()).isEqualTo(200);
            }
            String word = uniqueWord();
            String title = "Hội nghị cụm thi đua " + word;
            JsonNode created = api(A).post("/api/v1/admin/articles", article(title, null), 201);
            Instant answered = Instant.now();
            String path = URI.create(created.get("url").asString()).getRawPath();
            published.add(Map.entry(path, word));

            Map<Integer, Duration> took = awaitOnEveryNode(List.of(B, C), answered,
                    node -> isShown(node, path, title, word));
            if (round > 0) {
                took.forEach((node, time) -> times.computeIfAbsent(NodeCluster.name(node), n -> new ArrayList<>())
                        .add(time));
            }
        }
        System.out.println("figure: publish on a to page, home page and search on b and c (5 rounds): " + times);
        assertThat(times).as("time from each publication's answer on a to its page, home page and search: %s", times)
                .allSatisfy((node, took) -> assertThat(Collections.max(took)).as(node)
                        .isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    @Order(2)
    void anUploadOnOneNodeIsServedByTheOthersAtOnce() throws Exception {
        cluster.ensureAllRunning();
        JsonNode media = api(A).post("/api/v1/admin/media", new Multipart()
                .field("alt", "Ảnh thử của cụm máy chủ")
                .file("file", "cum-may-chu.png", "image/png", png()), 201);
        String path = URI.create(media.get("url").asString()).getRawPath();

        HttpResponse<byte[]> original = web(A).getBytes(path);
        assertThat(original.statusCode()).isEqualTo(200);
        for (int node : List.of(B, C)) {
            HttpResponse<byte[]> served = web(node).getBytes(path);
            assertThat(served.statusCode()).as("GET %s on %s", path, NodeCluster.name(node)).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type"))
                    .isEqualTo(original.headers().firstValue("Content-Type"));
            assertThat(served.body()).as("the bytes a served").isEqualTo(original.body());
        }
    }

    @Test
    @Order(3)
    void threeThousandBrowsersEachOnEveryNodeAreThreeThousandVisitsOnEveryNodesWidget() throws Exception {
        cluster.ensureAllRunning();
        Map<Integer, Figures> before = settle(List.of(A, B, C));

        // Each browser reads a page on every node, first on a different one each time: the worst case for counting.
        List<Answer> answers = crowd.visit(3000, i -> List.of(homeOf(i % 3), homeOf((i + 1) % 3), homeOf((i + 2) % 3)));

        assertThat(statuses(answers)).isEqualTo(Map.of(200, 9000L));
        assertFigures(List.of(A, B, C), agreed(before), 3000);
    }

    @Test
    @Order(4)
    void aHundredArticlesScheduledForTheSameMomentAreEachAnnouncedOnce() throws Exception {
        cluster.ensureAllRunning();
        // Time enough to create them all (through the balancer, so on every node) before it comes.
        Instant at = Instant.now().plusSeconds(25).truncatedTo(ChronoUnit.SECONDS);
        String publishedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString();
        AdminApi balanced = new AdminApi("http://127.0.0.1:" + cluster.nginx().port(), NodeCluster.ADMIN_TOKEN);
        ExecutorService four = Executors.newFixedThreadPool(4);
        List<Long> ids;
        try {
            List<CompletableFuture<Long>> creations = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String title = "Thông báo lịch tiếp công dân số " + (i + 1) + " " + uniqueWord();
                creations.add(CompletableFuture.supplyAsync(() -> balanced.post("/api/v1/admin/articles",
                        article(title, publishedAt), 201).get("id").asLong(), four));
            }
            ids = creations.stream().map(CompletableFuture::join).toList();
        } finally {
            four.shutdownNow();
        }
        assertThat(Instant.now()).as("all 100 were scheduled before their time came").isBefore(at);

        awaitAnnounced(ids, at.plusSeconds(30));
        // Every node checks every second: three more rounds each, in which nothing may be announced again.
        Thread.sleep(3000);

        Map<Long, Long> announcements = announcements(ids);
        assertThat(announcements).as("went-live entries in the audit log per article")
                .isEqualTo(ids.stream().collect(Collectors.toMap(id -> id, id -> 1L)));
    }

    @Test
    @Order(5)
    void redisRestartedUnderLoadCostsNoErrorPageAndNoCountAndIsUsedAgainWithoutARestart() throws Exception {
        cluster.ensureAllRunning();
        Map<Integer, Figures> before = settle(List.of(A, B, C));

        CompletableFuture<Void> restart = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(1500);
                cluster.redis().stop();
                Thread.sleep(2000);
                cluster.redis().startAgain();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        // One page per browser: visitors moving between nodes while Redis is away may be counted twice (documented).
        List<Answer> answers = crowd.visitFor(Duration.ofSeconds(6), i -> List.of(cluster.nginx().url("/")));
        restart.join();

        assertThat(statuses(answers)).as("no error page while Redis was away").isEqualTo(Map.of(200,
                (long) answers.size()));
        Figures afterOutage = assertFigures(List.of(A, B, C), agreed(before), answers.size());

        // Back: a browser on every node is one visit again, once each node uses the new Redis.
        awaitOneVisitPerBrowserOnEveryNode();
        Figures beforeLast = settledFigures(List.of(A, B, C));
        List<Answer> last = crowd.visit(300, i -> List.of(homeOf(i % 3), homeOf((i + 1) % 3), homeOf((i + 2) % 3)));
        assertThat(statuses(last)).isEqualTo(Map.of(200, 900L));
        assertFigures(List.of(A, B, C), beforeLast, 300);
        assertThat(beforeLast.total()).isGreaterThanOrEqualTo(afterOutage.total());
    }

    @Test
    @Order(6)
    void aLoginOnOneNodeWorksOnTheOthersAndSurvivesThatNodesStop() throws Exception {
        cluster.ensureAllRunning();
        NewsroomClient onA = new NewsroomClient(port(A)).loggedInAs(NodeCluster.ADMIN_USERNAME,
                NodeCluster.ADMIN_PASSWORD);
        NewsroomClient onB = onA.onPort(port(B));
        NewsroomClient onC = onA.onPort(port(C));
        for (NewsroomClient other : List.of(onB, onC)) {
            assertThat(other.get("/quan-tri").statusCode()).as(other.base()).isEqualTo(200);
        }
        // Through the balancer: the login form from one node, its post to the next, the pages from all.
        NewsroomClient balanced = new NewsroomClient(cluster.nginx().port()).loggedInAs(NodeCluster.ADMIN_USERNAME,
                NodeCluster.ADMIN_PASSWORD);
        for (int i = 0; i < 6; i++) {
            assertThat(balanced.get("/quan-tri").statusCode()).isEqualTo(200);
        }

        cluster.stop(A);

        for (NewsroomClient other : List.of(onB, onC, onA.onPort(cluster.nginx().port()))) {
            assertThat(other.get("/quan-tri").statusCode()).as(other.base()).isEqualTo(200);
        }
        // Still working: a form read on c, posted to b.
        String word = uniqueWord();
        String token = NewsroomClient.csrf(onC.page("/quan-tri/chuyen-muc/moi"));
        HttpResponse<String> saved = onB.post("/quan-tri/chuyen-muc/moi", Map.of("_csrf", token,
                "name", "Chuyên mục " + word, "slug", word, "description", "", "parentId", "", "showOnHome", "true"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/quan-tri/chuyen-muc");

        // A logout on b ends the session on c too.
        HttpResponse<String> logout = onB.post("/quan-tri/dang-xuat",
                Map.of("_csrf", NewsroomClient.csrf(onB.page("/quan-tri"))));
        assertThat(logout.statusCode()).isEqualTo(302);
        HttpResponse<String> afterLogout = onC.get("/quan-tri");
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElseThrow()).contains("/quan-tri/dang-nhap");
    }

    @Test
    @Order(7)
    void aNodeStoppedForAWhileCatchesUpFromItsPosition() throws Exception {
        if (cluster.isRunning(A)) {
            cluster.stop(A);
        }
        List<String> words = List.of(uniqueWord(), uniqueWord(), uniqueWord());
        Map<String, String> paths = new LinkedHashMap<>();
        for (String word : words) {
            String title = "Tin trong lúc máy chủ a nghỉ " + word;
            paths.put(word, URI.create(api(B).post("/api/v1/admin/articles", article(title, null), 201)
                    .get("url").asString()).getRawPath());
        }
        Map.Entry<String, String> gone = published.isEmpty() ? null : published.get(0);
        if (gone != null) {
            long id = Long.parseLong(gone.getKey().substring(gone.getKey().lastIndexOf('-') + 1));
            api(B).post("/api/v1/admin/articles/" + id + "/unpublish", Map.of(), 200);
        }

        // Without the start-up comparison of index and database: only the node's feed position can bring it back.
        cluster.startAgain(A, List.of("--toasoan.search.check-on-start=false"));
        Instant started = Instant.now();

        awaitOnEveryNode(List.of(A), started, node -> words.stream().allMatch(word ->
                isShown(node, paths.get(word), "Tin trong lúc máy chủ a nghỉ " + word, word)));
        if (gone != null) {
            assertThat(web(A).get(gone.getKey()).statusCode()).as("the article unpublished while a was down")
                    .isEqualTo(404);
            assertThat(search(A, gone.getValue()).get("total").asLong()).isZero();
        }
        awaitFollowersAtHead(A);
    }

    @Test
    @Order(8)
    void aNodeKilledUnderLoadCostsNoErrorAndAtMostItsLastSecondOfCounts() throws Exception {
        cluster.ensureAllRunning();
        Map<Integer, Figures> before = settle(List.of(A, B, C));
        Instant[] killedAt = new Instant[1];
        CompletableFuture<Void> kill = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(2000);
                killedAt[0] = Instant.now();
                cluster.kill(C);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        List<Answer> answers = crowd.visitFor(Duration.ofSeconds(6), i -> List.of(cluster.nginx().url("/")));
        kill.join();

        // kill -9 cuts the answers c was sending at that instant (nginx cannot retry an answer it has begun to pass
        // on; seen once: 7,458 of 14,123 bytes): only those, and no error page.
        List<Answer> cut = answers.stream().filter(a -> a.status() == ReaderCrowd.NO_ANSWER).toList();
        assertThat(cut).as("answers cut by the kill").hasSizeLessThanOrEqualTo(READERS)
                .allMatch(a -> !a.at().isBefore(killedAt[0]) && a.at().isBefore(killedAt[0].plusSeconds(2)));
        List<Answer> served = answers.stream().filter(a -> a.status() != ReaderCrowd.NO_ANSWER).toList();
        assertThat(statuses(served)).as("nginx went on serving").isEqualTo(Map.of(200, (long) served.size()));
        String c = "127.0.0.1:" + port(C);
        assertThat(answers).as("answers after the kill").anyMatch(a -> a.at().isAfter(killedAt[0].plusSeconds(1)));
        assertThat(answers).as("c answered before the kill").anyMatch(a -> a.finalUpstream().equals(c));
        // What c counted in its last flush interval (and the flush's own time) before it died may be lost; no more.
        Instant unsafeFrom = killedAt[0].minus(FLUSH_INTERVAL).minus(FLUSH_TIME);
        long mayBeLost = cut.size() + answers.stream()
                .filter(a -> a.finalUpstream().equals(c) && !a.at().isBefore(unsafeFrom)).count();

        Figures counted = agreed(before);
        Figures after = settledFigures(List.of(A, B));
        long lost = answers.size() - (after.total() - counted.total());
        System.out.printf("figure: kill -9 of c under load: %d page views, %d cut, %d lost, %d answered by c in its "
                + "last %d ms%n", answers.size(), cut.size(), lost, mayBeLost, FLUSH_INTERVAL.plus(FLUSH_TIME).toMillis());
        assertThat(lost).as("visits lost of %d (c answered %d in its last second)", answers.size(), mayBeLost)
                .isBetween(0L, mayBeLost);
        if (after.day().equals(counted.day())) {
            assertThat(after.today() - counted.today()).isEqualTo(after.total() - counted.total());
        }
    }

    // ---- the site's figures, as every node's widget shows them

    /** The figures of the visitor widget ({@code /api/v1/stats}) and the site's day when they were read. */
    record Figures(long total, long today, LocalDate day) {

        boolean sameCounts(Figures other) {
            return total == other.total && today == other.today && day.equals(other.day);
        }
    }

    private static Figures figures(int node) {
        LocalDate day = LocalDate.now(MutableClock.SITE_ZONE);
        JsonNode stats = AdminApi.parse(web(node).get("/api/v1/stats").body());
        return new Figures(stats.get("total").asLong(), stats.get("today").asLong(), day);
    }

    /**
     * The figures once every node shows the same and they stayed so for two flush intervals: nothing counted is
     * still on its way.
     */
    private static Figures settledFigures(List<Integer> nodes) throws InterruptedException {
        return agreed(settle(nodes));
    }

    /**
     * Each node's figures, once they all show the same and stayed so for two flush intervals, or as they are when the
     * figures' patience has run out ({@link #agreed} then fails).
     */
    private static Map<Integer, Figures> settle(List<Integer> nodes) throws InterruptedException {
        Instant deadline = Instant.now().plus(FIGURES_PATIENCE);
        Map<Integer, Figures> previous = Map.of();
        while (true) {
            Map<Integer, Figures> now = nodes.stream().collect(Collectors.toMap(n -> n, ThreeNodesTest::figures));
            Figures first = now.get(nodes.get(0));
            boolean agree = now.values().stream().allMatch(first::sameCounts);
            if (agree && previous.size() == now.size() && previous.values().stream().allMatch(first::sameCounts)
                    || Instant.now().isAfter(deadline)) {
                return now;
            }
            previous = now;
            Thread.sleep(FLUSH_INTERVAL.multipliedBy(2).toMillis());
        }
    }

    /** The figures all nodes show; fails when they differ. */
    private static Figures agreed(Map<Integer, Figures> figures) {
        Figures first = figures.values().iterator().next();
        if (!figures.values().stream().allMatch(first::sameCounts)) {
            throw new AssertionError("the nodes' figures did not agree within " + FIGURES_PATIENCE + ": " + figures);
        }
        return first;
    }

    /**
     * Asserts that every node shows exactly {@code visits} more than {@code before}, in total and today (unless the
     * site's day changed in between), once the counts have reached them all; then, two flush intervals later, still.
     */
    private static Figures assertFigures(List<Integer> nodes, Figures before, long visits) throws InterruptedException {
        Instant deadline = Instant.now().plus(FIGURES_PATIENCE);
        Map<Integer, Long> expected = nodes.stream().collect(Collectors.toMap(n -> n, n -> visits));
        Map<Integer, Long> totals;
        do {
            Thread.sleep(500);
            totals = nodes.stream().collect(Collectors.toMap(n -> n, n -> figures(n).total() - before.total()));
        } while (!totals.values().stream().allMatch(t -> t >= visits) && Instant.now().isBefore(deadline));
        Thread.sleep(FLUSH_INTERVAL.multipliedBy(2).toMillis());

        Map<Integer, Figures> now = nodes.stream().collect(Collectors.toMap(n -> n, ThreeNodesTest::figures));
        assertThat(now.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().total() - before.total()))).as("more visits in total, per node").isEqualTo(expected);
        Figures first = now.get(nodes.get(0));
        if (first.day().equals(before.day())) {
            assertThat(now.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().today() - before.today()))).as("more visits today, per node").isEqualTo(expected);
        }
        return first;
    }

    /**
     * Waits until a browser that reads a page on every node is counted once: each node has found the restarted Redis
     * again. Fails when that has not happened within the figures' patience.
     */
    private static void awaitOneVisitPerBrowserOnEveryNode() throws InterruptedException {
        Instant deadline = Instant.now().plus(FIGURES_PATIENCE);
        while (true) {
            Figures before = settledFigures(List.of(A, B, C));
            crowd.visit(1, i -> List.of(homeOf(A), homeOf(B), homeOf(C)));
            Figures after = settledFigures(List.of(A, B, C));
            if (after.total() - before.total() == 1) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("a browser on all three nodes still counts " + (after.total() - before.total())
                        + " visits " + FIGURES_PATIENCE + " after Redis came back");
            }
        }
    }

    private static Map<Integer, Long> statuses(List<Answer> answers) {
        Map<Integer, Long> statuses = new HashMap<>();
        for (Answer answer : answers) {
            statuses.merge(answer.status(), 1L, Long::sum);
        }
        if (!statuses.keySet().equals(java.util.Set.of(200))) {
            answers.stream().filter(a -> a.status() != 200).limit(5).forEach(a -> System.err.println("not 200: " + a));
        }
        return statuses;
    }

    // ---- content

    /** Polls until {@code shown} holds on each node; how long each took from {@code since}. */
    private static Map<Integer, Duration> awaitOnEveryNode(List<Integer> nodes, Instant since,
            Function<Integer, Boolean> shown) throws InterruptedException {
        Map<Integer, Duration> took = new LinkedHashMap<>();
        Instant deadline = since.plusSeconds(20);
        while (took.size() < nodes.size()) {
            for (int node : nodes) {
                if (!took.containsKey(node) && shown.apply(node)) {
                    took.put(node, Duration.between(since, Instant.now()));
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not shown within 20 s on " + nodes.stream().filter(n -> !took.containsKey(n))
                        .map(NodeCluster::name).toList());
            }
            Thread.sleep(20);
        }
        return took;
    }

    /** The article is on its page, on the home page and the only result of a search for its own word. */
    private static boolean isShown(int node, String path, String title, String word) {
        HttpResponse<String> page = web(node).get(path);
        if (page.statusCode() != 200 || !page.body().contains(title) || !web(node).get("/").body().contains(title)) {
            return false;
        }
        JsonNode found = search(node, word);
        return found.get("total").asLong() == 1 && found.get("results").get(0).get("title").asString().equals(title);
    }

    private static Map<String, Object> article(String title, String publishedAt) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", title);
        article.put("category", CATEGORY);
        article.put("sapo", "Sáng nay, các đơn vị trong cụm thi đua họp bàn kế hoạch năm 2026.");
        article.put("body", "<p>Hội nghị thống nhất các nội dung thi đua trọng tâm.</p>");
        article.put("status", "published");
        if (publishedAt != null) {
            article.put("publishedAt", publishedAt);
        }
        return article;
    }

    /** A word of ten letters that no other article has, to find one article by search. */
    private static String uniqueWord() {
        String letters = "bcdghklmnpqrstvx";
        return IntStream.range(0, 10).mapToObj(i -> String.valueOf(letters.charAt(
                ThreadLocalRandom.current().nextInt(letters.length())))).collect(Collectors.joining());
    }

    private static void awaitAnnounced(List<Long> ids, Instant deadline) throws Exception {
        while (announcements(ids).size() < ids.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("announced by " + deadline + ": " + announcements(ids).size() + " of "
                        + ids.size());
            }
            Thread.sleep(500);
        }
    }

    /** The number of went-live entries in the audit log for each of the articles that has one. */
    private static Map<Long, Long> announcements(List<Long> ids) throws Exception {
        Map<Long, Long> counts = new HashMap<>();
        try (Connection db = cluster.database(); PreparedStatement query = db.prepareStatement("""
                SELECT target_id, COUNT(*) FROM audit_event
                WHERE action = 'article.went-live' AND target_type = 'article' GROUP BY target_id""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = Long.parseLong(rows.getString(1));
                if (ids.contains(id)) {
                    counts.put(id, rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xDA251D));
        g.fillRect(0, 0, 64, 48);
        g.setColor(new Color(0xFFCD00));
        g.fillOval(20, 12, 24, 24);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static JsonNode search(int node, String words) {
        return AdminApi.parse(web(node).get("/api/v1/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))
                .body());
    }

    // ---- the nodes

    private static int port(int node) {
        return cluster.node(node).port();
    }

    private static synchronized WebClient web(int node) {
        return webClients.computeIfAbsent(node, n -> new WebClient(port(n)));
    }

    private static AdminApi api(int node) {
        return new AdminApi("http://127.0.0.1:" + port(node), NodeCluster.ADMIN_TOKEN);
    }

    private static String homeOf(int node) {
        return "http://127.0.0.1:" + port(node) + "/";
    }

    /** Waits until every change feed follower of the node is at the feed's head, as its health reports them. */
    private static void awaitFollowersAtHead(int node) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            JsonNode feed = AdminApi.parse(http.send(HttpRequest.newBuilder(URI.create(cluster.node(node)
                    .managementUrl("/actuator/health"))).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .get("components").get("changeFeed").get("details");
            long head = feed.get("head").asLong();
            Map<String, Long> positions = new LinkedHashMap<>();
            feed.get("followers").properties().forEach(f -> positions.put(f.getKey(), f.getValue().get("position")
                    .asLong()));
            if (!positions.isEmpty() && positions.values().stream().allMatch(p -> p == head)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("followers of " + NodeCluster.name(node) + " not at the head " + head + ": "
                        + positions);
            }
            Thread.sleep(200);
        }
    }
}
