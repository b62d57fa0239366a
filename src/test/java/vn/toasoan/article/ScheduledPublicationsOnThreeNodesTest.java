package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.Role;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.TestNodes;

/**
 * Three nodes on one PostgreSQL database each run the scheduled publications every second: 100 articles whose time
 * comes in the same second are each announced once, by one node: one audit entry and one change feed entry each.
 * Each node has its own test clock; all three are moved past the articles' time together.
 */
@Tag("postgres")
class ScheduledPublicationsOnThreeNodesTest {

    private static final int ARTICLES = 100;

    @TempDir
    Path temp;

    @Test
    void aHundredArticlesDueInTheSameSecondAreEachAnnouncedOnceWhileThreeNodesRunTheJob() throws Exception {
        TestNodes cluster = TestNodes.onPostgres();
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                nodes.add(cluster.start(temp.resolve("node" + i), List.of(FixedClockConfiguration.class)));
            }
            ConfigurableApplicationContext first = nodes.get(0);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            ArticleDesk desk = first.getBean(ArticleDesk.class);
            Actor editor = ArticleStaff.create(first.getBean(Accounts.class), "bien-tap", "Trần Văn Bình", null,
                    Role.EDITOR).actor();
            long category = first.getBean(Categories.class).create(Actor.system(),
                    new CategoryChange("Thời sự", "thoi-su", null, null, true));
            Instant due = FixedClockConfiguration.START.plus(Duration.ofHours(1));
            List<Long> ids = new ArrayList<>();
            for (int i = 1; i <= ARTICLES; i++) {
                ids.add(desk.createAs(editor, new NewArticle(ArticleKind.ARTICLE, category, "Bài hẹn giờ số " + i,
                        null, "Tóm tắt", "<p>Nội dung.</p>", null, null, false, null), ArticleStatus.PUBLISHED, due));
            }
            long feedBefore = jdbc.sql("SELECT MAX(seq) FROM change_feed").query(Long.class).single();
            assertThat(waiting(jdbc)).isEqualTo(ARTICLES);

            for (ConfigurableApplicationContext node : nodes) {
                node.getBean(MutableClock.class).advance(Duration.ofHours(1).plusSeconds(1));
            }
            // Bounded: the nodes announce within a few seconds; the assertions below say whether they did it once.
            for (int i = 0; i < 600 && waiting(jdbc) > 0; i++) {
                Thread.sleep(50);
            }

            assertThat(waiting(jdbc)).isZero();
            assertThat(jdbc.sql("SELECT CAST(target_id AS BIGINT) FROM audit_event WHERE action = 'article.went-live'"
                    + " ORDER BY 1").query(Long.class).list()).isEqualTo(ids);
            assertThat(jdbc.sql("SELECT subject FROM change_feed WHERE seq > :before ORDER BY subject")
                    .param("before", feedBefore).query(Long.class).list()).isEqualTo(ids);
            assertThat(jdbc.sql("SELECT name FROM shedlock ORDER BY name").query(String.class).list())
                    .as("the job ran under its lock").contains(ScheduledPublications.LOCK);
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
        }
    }

    private static int waiting(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE scheduled = TRUE").query(Integer.class).single();
    }
}
