package vn.toasoan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.toasoan.stats.UserAgents.CHROME;
import static vn.toasoan.stats.UserAgents.FIREFOX;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.toasoan.ToaSoanApplication;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.TestDatabases;
import vn.toasoan.testsupport.TestRedis;

/**
 * Two nodes of the application in cluster mode on one PostgreSQL database and the real Redis, through real HTTP:
 * browsers that visit both are counted once, both nodes show the same figures, a stopped node writes its counts.
 * The flush interval is an hour, so each node's scheduled tick is run by hand.
 */
@Tag("redis")
class ClusterStatsTest {

    @TempDir
    Path dataA;

    @TempDir
    Path dataB;

    private final String prefix = TestRedis.uniquePrefix();
    private final String database = TestDatabases.createPostgresDatabase(TestDatabases.postgresServerUrl(),
            TestDatabases.postgresUser(), TestDatabases.postgresPassword());

    @AfterEach
    void removeKeys() {
        LettuceConnectionFactory connection = TestRedis.connect();
        try {
            TestRedis.deleteAll(new StringRedisTemplate(connection), prefix);
        } finally {
            connection.destroy();
        }
    }

    @Test
    void browsersVisitingBothNodesAreCountedOnceAndBothNodesShowTheSameFigures() {
        try (ConfigurableApplicationContext a = start(dataA); ConfigurableApplicationContext b = start(dataB)) {
            assertThat(a.getBeansOfType(InMemoryVisitStore.class)).isEmpty();
            HttpReader chrome = HttpReader.browser(port(a), CHROME);
            chrome.get("/test-page");
            chrome.on(port(b)).get("/test-page");
            chrome.get("/test-page");
            HttpReader firefox = HttpReader.browser(port(b), FIREFOX);
            firefox.get("/test-page");
            firefox.on(port(a)).get("/test-page");
            HttpReader curl = HttpReader.withoutCookies(port(a), "curl/8.5.0");
            curl.get("/test-page");
            curl.on(port(b)).get("/test-page");
            curl.get("/test-page");

            tick(a);
            tick(b);
            tick(a);
            String expected = "{\"total\":3,\"online\":3,\"today\":3,\"yesterday\":0}";
            assertThat(stats(a)).isEqualTo(expected);
            assertThat(stats(b)).isEqualTo(expected);

            HttpReader.browser(port(a), UserAgents.SAFARI_IPHONE).get("/test-page");
            a.close();
            tick(b);
            assertThat(stats(b)).as("A wrote its last count when it stopped")
                    .isEqualTo("{\"total\":4,\"online\":4,\"today\":4,\"yesterday\":0}");
        }
    }

    private static void tick(ConfigurableApplicationContext node) {
        node.getBean(RedisVisitStore.class).tick();
    }

    /** A second later on the node's clock, so "online" is counted again rather than taken from its one-second cache. */
    private static String stats(ConfigurableApplicationContext node) {
        node.getBean(MutableClock.class).advance(Duration.ofSeconds(1));
        return HttpReader.browser(port(node), UserAgents.GOOGLEBOT).get("/api/v1/stats").body();
    }

    private ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments: they win over application.properties and are there before the cluster switch is read.
        return new SpringApplicationBuilder(ToaSoanApplication.class, StatsTestApp.class).run(
                "--server.port=0",
                "--management.server.port=-1",
                "--toasoan.data-dir=" + dataDir,
                "--toasoan.demo.enabled=false",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabases.postgresUser(),
                "--spring.datasource.password=" + TestDatabases.postgresPassword(),
                "--toasoan.cluster.redis-url=" + TestRedis.url(),
                "--toasoan.cluster.key-prefix=" + prefix,
                "--toasoan.stats.flush-interval=1h");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
