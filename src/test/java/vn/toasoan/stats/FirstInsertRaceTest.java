package vn.toasoan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.testsupport.HeldInsert;

/**
 * Two nodes write the first counts of a day, or of an article, at the same moment: both batches arrive, neither
 * fails (on H2, and on PostgreSQL with {@code -Dtoasoan.test.database=postgres}).
 */
class FirstInsertRaceTest {

    private static final LocalDate DAY = LocalDate.parse("2025-03-01");

    private final DataSource database = StatsFixture.newDatabaseOfTheRun();
    private final JdbcClient jdbc = JdbcClient.create(database);
    private final VisitRepository repository =
            new VisitRepository(jdbc, new TransactionTemplate(new DataSourceTransactionManager(database)));

    @Test
    void aDayInsertedByAnotherNodeMeanwhileGetsThisNodesVisitsAddedToIt() throws Exception {
        CompletableFuture<Void> flush;
        try (HeldInsert otherNode = HeldInsert.of(database,
                "INSERT INTO visit_day (visit_date, visits) VALUES (?, ?)", DAY, 5L)) {
            flush = CompletableFuture.runAsync(() -> repository.add(Map.of(DAY, 3L), Map.of()));
            otherNode.awaitStatement("INSERT INTO visit_day");
            otherNode.commit();
        }
        flush.get(60, TimeUnit.SECONDS);

        assertThat(repository.figuresOn(DAY)).isEqualTo(new VisitCounts(8, 8, 0));
    }

    @Test
    void anArticlesFirstViewsFromTwoNodesAddUp() throws Exception {
        long article = new StatsFixture.ArticleRows(jdbc).insert();
        CompletableFuture<Void> flush;
        try (HeldInsert otherNode = HeldInsert.of(database,
                "INSERT INTO article_view_count (article_id, views) VALUES (?, ?)", article, 4L)) {
            flush = CompletableFuture.runAsync(() -> repository.add(Map.of(DAY, 1L), Map.of(article, 2L)));
            otherNode.awaitStatement("INSERT INTO article_view_count");
            otherNode.commit();
        }
        flush.get(60, TimeUnit.SECONDS);

        assertThat(jdbc.sql("SELECT views FROM article_view_count WHERE article_id = :id").param("id", article)
                .query(Long.class).single()).isEqualTo(6);
        assertThat(repository.figuresOn(DAY).today()).isEqualTo(1);
    }
}
