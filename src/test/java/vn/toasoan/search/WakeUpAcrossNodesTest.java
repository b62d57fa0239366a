package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.toasoan.testsupport.TestNodes;
import vn.toasoan.testsupport.TestRedis;

/**
 * Two nodes in cluster mode (one PostgreSQL database, one Redis): an article published on the first is in the
 * second's search at once, woken up through Redis. The nodes poll the feed once an hour here, so only the wake-up can
 * bring it there within the ten seconds the test waits at most.
 */
@Tag("redis")
class WakeUpAcrossNodesTest {

    @TempDir
    Path temp;

    private final String prefix = TestRedis.uniquePrefix();
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        if (!nodes.isEmpty()) {
            TestRedis.deleteAll(nodes.get(0).getBean(StringRedisTemplate.class), prefix);
        }
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void anArticlePublishedOnOneNodeIsInTheOtherNodesSearchWithoutWaitingForThePoll() throws InterruptedException {
        TestNodes cluster = TestNodes.onPostgres();
        for (int i = 0; i < 2; i++) {
            nodes.add(cluster.start(temp.resolve("node" + i), List.of(), "--toasoan.cluster.redis-url=" + TestRedis.url(),
                    "--toasoan.cluster.key-prefix=" + prefix, "--toasoan.changes.poll-interval=1h"));
        }
        SearchIndex otherIndex = nodes.get(1).getBean(SearchIndex.class);
        SearchQuery query = SearchQuery.of("Quảng Trạch", 10);
        assertThat(otherIndex.search(query).total()).isZero();

        new NodeNewsroom(nodes.get(0)).publish("Hội nghị tổng kết ở Quảng Trạch");

        for (int i = 0; i < 200 && otherIndex.search(query).total() == 0; i++) {
            Thread.sleep(50);
        }
        assertThat(otherIndex.search(query).hits()).extracting(SearchHit::title)
                .containsExactly("Hội nghị tổng kết ở Quảng Trạch");
    }
}
