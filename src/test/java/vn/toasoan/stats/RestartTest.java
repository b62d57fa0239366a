package vn.toasoan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.toasoan.stats.UserAgents.CHROME;
import static vn.toasoan.stats.UserAgents.FIREFOX;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.toasoan.ToaSoanApplication;

/**
 * Figures survive a restart: a graceful shutdown flushes what is still in memory (the flush interval is an hour
 * here, so only the shutdown flush can have written it) while the DataSource is still open.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aGracefulRestartKeepsTheFigures() {
        String stats;
        try (ConfigurableApplicationContext first = start()) {
            int port = port(first);
            HttpReader.browser(port, CHROME).get("/test-page");
            HttpReader.browser(port, FIREFOX).get("/test-page");
            HttpReader.withoutCookies(port, "curl/8.5.0").get("/test-page");
            stats = HttpReader.browser(port, UserAgents.GOOGLEBOT).get("/api/v1/stats").body();
        }
        assertThat(stats).isEqualTo("{\"total\":3,\"online\":3,\"today\":3,\"yesterday\":0}");

        try (ConfigurableApplicationContext second = start()) {
            assertThat(HttpReader.browser(port(second), UserAgents.GOOGLEBOT).get("/api/v1/stats").body())
                    .as("online is presence in memory: it starts again from zero")
                    .isEqualTo("{\"total\":3,\"online\":0,\"today\":3,\"yesterday\":0}");
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments: they win over application.properties, as the test needs.
        return new SpringApplicationBuilder(ToaSoanApplication.class, StatsTestApp.class).run(
                "--server.port=0",
                "--management.server.port=-1",
                "--toasoan.data-dir=" + dataDir,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db") + "",
                "--toasoan.stats.flush-interval=1h");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
