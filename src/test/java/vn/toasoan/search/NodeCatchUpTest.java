package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import vn.toasoan.testsupport.TestNodes;

/**
 * A node that was stopped while another went on publishing catches up from the change feed position stored in its
 * index when it starts again: the articles are in its search, and nothing was rebuilt (the last rebuild is still the
 * one of its first start, and this process rebuilt nothing). On H2, or PostgreSQL with
 * {@code -Dtoasoan.test.database=postgres}.
 */
class NodeCatchUpTest {

    private static final int PUBLISHED_WHILE_AWAY = 50;

    @TempDir
    Path temp;

    @Test
    void aNodeStartedAgainCatchesUpFromItsPositionWithoutARebuild() {
        TestNodes cluster = TestNodes.onOneDatabase(temp.resolve("database"));
        Path returning = temp.resolve("returning");
        try (ConfigurableApplicationContext working = cluster.start(temp.resolve("working"), List.of())) {
            Instant firstBuild;
            try (ConfigurableApplicationContext node = cluster.start(returning, List.of())) {
                firstBuild = node.getBean(SearchIndex.class).state().lastRebuiltAt();
            }
            assertThat(firstBuild).as("a new node's empty index is built from the database").isNotNull();

            NodeNewsroom newsroom = new NodeNewsroom(working);
            for (int i = 1; i <= PUBLISHED_WHILE_AWAY; i++) {
                newsroom.publish("Tin vắng mặt số " + i + " về Quảng Trạch");
            }

            try (ConfigurableApplicationContext node = cluster.start(returning, List.of())) {
                SearchIndex index = node.getBean(SearchIndex.class);
                assertThat(index.search(SearchQuery.of("Quảng Trạch", 10)).total()).isEqualTo(PUBLISHED_WHILE_AWAY);
                IndexState state = index.state();
                assertThat(state.lastRebuiltAt()).isEqualTo(firstBuild);
                assertThat(state.rebuild()).isEqualTo(new RebuildProgress(false, 0, 0));
                assertThat(state.documents()).isEqualTo(PUBLISHED_WHILE_AWAY);
            }
        }
    }
}
