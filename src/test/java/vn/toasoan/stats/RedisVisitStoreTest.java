package vn.toasoan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.cluster.ClusterProperties;
import vn.toasoan.stats.Visitors.Visitor;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.TestRedis;

/**
 * {@link RedisVisitStore} on the real Redis and PostgreSQL: several store instances on one key prefix and one
 * database are several nodes. The clock is the test's; the tick that the scheduler runs every second is called by
 * hand.
 */
@Tag("redis")
class RedisVisitStoreTest {

    private static final Duration VISIT_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration ONLINE_WINDOW = Duration.ofMinutes(5);
    private static final LocalDate TODAY = LocalDate.parse("2025-03-01");
    private static final StatsProperties PROPERTIES = new StatsProperties(0, Duration.ofSeconds(1),
            StatsProperties.Counting.SERVER, VISIT_TIMEOUT, ONLINE_WINDOW);

    private final MutableClock clock = MutableClock.at("2025-03-01T10:00:00");
    private final String prefix = TestRedis.uniquePrefix();
    private final ClusterProperties cluster = new ClusterProperties(TestRedis.url(), prefix);
    private final LettuceConnectionFactory connection = TestRedis.connect();
    private final StringRedisTemplate redis = new StringRedisTemplate(connection);
    private final DataSource database = StatsFixture.newPostgresDatabase();
    private final JdbcClient jdbc = JdbcClient.create(database);
    private final List<LettuceConnectionFactory> opened = new ArrayList<>(List.of(connection));

    @AfterEach
    void removeKeys() {
        TestRedis.deleteAll(redis, prefix);
        opened.forEach(LettuceConnectionFactory::destroy);
    }

    /** A node: its own store, counter and Redis availability, on the shared Redis prefix and database. */
    private final class Node {

        final RedisAvailability availability;
        final RedisVisitStore store;
        final VisitCounter counter;

        Node(StringRedisTemplate template) {
            availability = new RedisAvailability(template, clock);
            store = new RedisVisitStore(new RedisVisitWindows(template, cluster, VISIT_TIMEOUT, ONLINE_WINDOW),
                    availability, new VisitRepository(jdbc, new TransactionTemplate(
                            new DataSourceTransactionManager(database))),
                    null, clock, () -> MutableClock.SITE_ZONE, PROPERTIES);
            store.load();
            counter = new VisitCounter(store, clock, MutableClock.SITE_ZONE, 0);
        }

        void view(String visitorKey) {
            counter.count(new Visitor(visitorKey, List.of(), false), null);
        }

        VisitCounts counts() {
            return store.counts(TODAY);
        }
    }

    private Node node() {
        return new Node(redis);
    }

    @Test
    void aVisitorIsNewOnceWhicheverNodeServesThemUntilThirtyMinutesWithoutAPageView() {
        Node a = node();
        Node b = node();
        Instant start = clock.instant();

        assertThat(a.store.touch("c:reader", List.of(), start)).as("first page view, on A").isTrue();
        assertThat(b.store.touch("c:reader", List.of(), start.plusSeconds(60))).as("next one, on B").isFalse();
        assertThat(a.store.touch("c:reader", List.of(), start.plus(Duration.ofMinutes(30)))).as("29 min after B")
                .isFalse();
        assertThat(b.store.touch("c:reader", List.of(), start.plus(Duration.ofMinutes(61)))).as("31 min idle")
                .isTrue();

        Long ttl = redis.getExpire(prefix + "stats:visit:c:reader", TimeUnit.MILLISECONDS);
        assertThat(ttl).as("the window expires a visit timeout after the last page view")
                .isBetween(VISIT_TIMEOUT.minusSeconds(10).toMillis(), VISIT_TIMEOUT.toMillis());
    }

    @Test
    void aBrowserCountedUnderItsFingerprintOnOneNodeKeepsItsVisitWithItsCookieOnAnother() {
        Node a = node();
        Node b = node();
        Instant start = clock.instant();

        assertThat(a.store.touch("f:fingerprint", List.of(), start)).isTrue();
        assertThat(b.store.touch("c:cookie", List.of("f:fingerprint"), start.plusSeconds(2))).isFalse();

        assertThat(redis.hasKey(prefix + "stats:visit:f:fingerprint")).as("the alias is retired").isFalse();
        assertThat(redis.opsForZSet().range(prefix + "stats:online", 0, -1)).containsExactly("c:cookie");
        assertThat(b.store.online(start.plusSeconds(3))).isEqualTo(1);
        assertThat(a.store.touch("c:cookie", List.of("f:fingerprint"), start.plusSeconds(4))).isFalse();
    }

    @Test
    void onlineCountsTheDistinctVisitorsOfAllNodesInTheLastFiveMinutes() {
        Node a = node();
        Node b = node();
        Node c = node();
        Instant start = clock.instant();
        a.store.touch("c:one", List.of(), start);
        b.store.touch("c:two", List.of(), start);
        c.store.touch("c:three", List.of(), start.plus(Duration.ofMinutes(2)));
        a.store.touch("c:two", List.of(), start.plus(Duration.ofMinutes(3)));
        assertThat(redis.getExpire(prefix + "stats:online", TimeUnit.MILLISECONDS)).as("the set expires too")
                .isBetween(ONLINE_WINDOW.minusSeconds(10).toMillis(), ONLINE_WINDOW.toMillis());

        assertThat(b.store.online(start.plus(Duration.ofMinutes(4)))).isEqualTo(3);
        assertThat(c.store.online(start.plus(Duration.ofMinutes(5)))).as("c:one, last seen 5 min ago, is gone")
                .isEqualTo(2);
        assertThat(a.store.online(start.plus(Duration.ofMinutes(8)))).isZero();
        assertThat(redis.hasKey(prefix + "stats:online")).as("left the set, not only uncounted: the set is gone")
                .isFalse();
    }

    @Test
    void distinctVisitorsSpreadOverThreeNodesAddUpExactlyInTheDatabaseAndOnEveryNode() {
        List<Node> nodes = List.of(node(), node(), node());
        int visitors = 300;
        for (int i = 0; i < visitors; i++) {
            // Each visitor views a page on every node, starting on a different one.
            for (int k = 0; k < nodes.size(); k++) {
                nodes.get((i + k) % nodes.size()).view("c:visitor-" + i);
            }
        }
        assertThat(nodes.stream().mapToLong(node -> node.counts().today()).sum()).isEqualTo(visitors);

        nodes.forEach(node -> node.store.tick());
        // B and C flushed after A read the database: one more round, as the scheduler does a second later.
        nodes.forEach(node -> node.store.tick());

        assertThat(jdbc.sql("SELECT visits FROM visit_day WHERE visit_date = :day").param("day", TODAY)
                .query(Long.class).single()).isEqualTo(visitors);
        for (Node node : nodes) {
            assertThat(node.counts()).isEqualTo(new VisitCounts(visitors, visitors, 0));
        }
        assertThat(node().counts()).as("a node started afterwards").isEqualTo(new VisitCounts(visitors, visitors, 0));
    }

    @Test
    void aNodeShowsTheDatabaseReadAtItsLastTickPlusItsOwnUnwrittenCountsNeverItsOwnTwice() {
        Node a = node();
        Node b = node();
        a.view("c:1");
        a.view("c:2");
        b.view("c:3");
        assertThat(a.counts().today()).as("own counts at once").isEqualTo(2);

        a.store.tick();
        a.view("c:4");
        assertThat(a.counts()).isEqualTo(new VisitCounts(3, 3, 0));
        b.store.tick();
        assertThat(b.counts()).isEqualTo(new VisitCounts(3, 3, 0));
        a.store.tick();
        assertThat(a.counts()).isEqualTo(new VisitCounts(4, 4, 0));
        b.store.tick();
        assertThat(b.counts()).isEqualTo(new VisitCounts(4, 4, 0));
    }

    @Test
    void whileRedisIsAwayCountingGoesOnLocallyWithNothingLostAndRedisIsUsedAgainWhenItAnswers() throws Exception {
        URI redisUri = URI.create(TestRedis.url());
        try (CuttableProxy proxy = CuttableProxy.to(redisUri.getHost(), redisUri.getPort())) {
            LettuceConnectionFactory throughProxy = new LettuceConnectionFactory(
                    new RedisStandaloneConfiguration(redisUri.getHost(), proxy.port()),
                    LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(500)).build());
            throughProxy.afterPropertiesSet();
            throughProxy.start();
            opened.add(throughProxy);
            Node a = new Node(new StringRedisTemplate(throughProxy));
            Node b = node();
            a.view("c:before");
            assertThat(redis.hasKey(prefix + "stats:visit:c:before")).isTrue();

            proxy.cut();
            a.view("c:during-1");
            assertThat(a.availability.isAway()).isTrue();
            a.view("c:during-2");
            a.view("c:during-1");
            a.view("c:before");
            assertThat(a.counts().today()).as("new visitors counted, known ones not again").isEqualTo(3);
            assertThat(a.store.online(clock.instant())).as("this node's visitors").isEqualTo(3);
            b.view("c:during-1");
            assertThat(b.counts().today()).as("moving between nodes while Redis is away: counted again").isEqualTo(1);

            a.store.tick();
            assertThat(a.counts()).as("written to the database all the same").isEqualTo(new VisitCounts(3, 3, 0));

            proxy.restore();
            waitUntilRedisAnswers(a);
            a.view("c:after");
            assertThat(redis.hasKey(prefix + "stats:visit:c:after")).as("back on Redis").isTrue();
            a.view("c:during-2");
            b.view("c:after");
            a.store.tick();
            b.store.tick();
            a.store.tick();
            assertThat(a.counts()).isEqualTo(new VisitCounts(5, 5, 0));
            assertThat(b.counts()).isEqualTo(new VisitCounts(5, 5, 0));
        }
    }

    /** Lettuce reconnects by itself, with a growing delay; the probe runs every 5 s of the node's clock. */
    private void waitUntilRedisAnswers(Node node) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (node.availability.isAway()) {
            assertThat(Instant.now()).as("Redis answers the probe again").isBefore(deadline);
            clock.advance(RedisAvailability.PROBE_INTERVAL);
            node.store.tick();
            if (node.availability.isAway()) {
                Thread.sleep(100);
            }
        }
    }

    @Test
    void aClientWithoutCookiesHasTheSameFingerprintOnEveryNode() {
        RedisVisitorSalts saltsA = new RedisVisitorSalts(redis, cluster, new RedisAvailability(redis, clock));
        RedisVisitorSalts saltsB = new RedisVisitorSalts(redis, cluster, new RedisAvailability(redis, clock));
        Visitors a = new Visitors(clock, () -> MutableClock.SITE_ZONE, VISIT_TIMEOUT, saltsA);
        Visitors b = new Visitors(clock, () -> MutableClock.SITE_ZONE, VISIT_TIMEOUT, saltsB);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr("203.0.113.7");
        request.addHeader("User-Agent", UserAgents.CHROME);

        assertThat(a.identify(request).key()).startsWith("f:").isEqualTo(b.identify(request).key());
        assertThat(saltsA.of(TODAY)).isSameAs(saltsA.of(TODAY)).isEqualTo(saltsB.of(TODAY))
                .isNotEqualTo(saltsB.of(TODAY.plusDays(1)));
        assertThat(redis.getExpire(prefix + "stats:salt:" + TODAY, TimeUnit.SECONDS))
                .isBetween(Duration.ofDays(2).minusMinutes(1).toSeconds(), Duration.ofDays(2).toSeconds());
    }

    @Test
    void aNodeStoppedGracefullyWritesWhatItCounted() {
        Node a = node();
        a.view("c:1");
        a.view("c:2");
        a.store.stop();
        assertThat(node().counts()).isEqualTo(new VisitCounts(2, 2, 0));
    }
}
