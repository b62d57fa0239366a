package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.toasoan.testsupport.TestNodes;
import vn.toasoan.testsupport.WebClient;

/**
 * A new node on a database larger than it builds before opening (here: any) serves pages at once and builds its
 * search index in the background: meanwhile search answers from what is indexed and says the index is being built,
 * and the node stays ready. A source that waits for the test holds the build where the test can look at the node.
 */
class BackgroundIndexBuildTest {

    private static final int ARTICLES = 30;
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    /** Counted down when the build reaches the held source: from then on its progress stands still. */
    private static final CountDownLatch HELD = new CountDownLatch(1);

    @Configuration(proxyBeanMethods = false)
    static class HeldBuild {
        @Bean
        SearchSource heldSource() {
            return new SearchSource() {
                @Override
                public Set<String> types() {
                    return Set.of("held");
                }

                @Override
                public long count() {
                    return 0;
                }

                @Override
                public void forEach(Consumer<SearchDocument> action) {
                    HELD.countDown();
                    try {
                        RELEASE.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }
    }

    @TempDir
    Path temp;

    @Test
    void aNewNodeServesPagesAtOnceAndSaysItsSearchIndexIsBeingBuilt() throws InterruptedException {
        TestNodes cluster = TestNodes.onOneDatabase(temp.resolve("database"));
        try (ConfigurableApplicationContext working = cluster.start(temp.resolve("working"), List.of())) {
            NodeNewsroom newsroom = new NodeNewsroom(working);
            for (int i = 1; i <= ARTICLES; i++) {
                newsroom.publish("Tin số " + i + " về Quảng Trạch");
            }

            try (ConfigurableApplicationContext node = cluster.start(temp.resolve("new"), List.of(HeldBuild.class),
                    "--toasoan.search.build-before-opening-up-to=0")) {
                SearchIndex index = node.getBean(SearchIndex.class);
                WebClient web = new WebClient(((WebServerApplicationContext) node).getWebServer().getPort());
                try {
                    // Held, the build stands still (before or after the articles, as the sources come).
                    assertThat(HELD.await(60, TimeUnit.SECONDS)).as("the build reached the held source").isTrue();
                    int percent = index.building().orElseThrow().percent();
                    assertThat(web.get("/").statusCode()).isEqualTo(200);
                    assertThat(web.page("/tim-kiem?q=Qu%E1%BA%A3ng+Tr%E1%BA%A1ch").select(".search-messages li")
                            .eachText()).containsExactly(String.format(SearchController.BUILDING, percent));
                    assertThat(node.getBean("changeFeed", HealthIndicator.class).health().getStatus())
                            .as("pages are current: the node stays in the load balancer").isEqualTo(Status.UP);
                } finally {
                    RELEASE.countDown();
                }
                for (int i = 0; i < 600 && index.building().isPresent(); i++) {
                    Thread.sleep(50);
                }

                assertThat(index.building()).isEmpty();
                assertThat(index.search(SearchQuery.of("Quảng Trạch", 10)).total()).isEqualTo(ARTICLES);
                assertThat(web.page("/tim-kiem?q=Qu%E1%BA%A3ng+Tr%E1%BA%A1ch").select(".search-messages li"))
                        .isEmpty();
            }
        }
    }
}
