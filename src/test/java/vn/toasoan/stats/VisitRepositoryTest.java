package vn.toasoan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.testsupport.MutableClock;

/** The SQL of {@link VisitRepository} on H2; {@link PostgresVisitRepositoryTest} runs it on PostgreSQL. */
class VisitRepositoryTest {

    static final LocalDate DAY = LocalDate.parse("2025-03-01");

    @Test
    void addsVisitsAndViewsOnH2() {
        verifyRepository(StatsFixture.newDatabase());
    }

    static void verifyRepository(DataSource dataSource) {
        StatsFixture fixture = new StatsFixture(MutableClock.at("2025-03-01T10:00:00"), 0, dataSource);
        long article = fixture.insertArticle();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        VisitRepository repository = new VisitRepository(jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));

        repository.add(Map.of(DAY, 5L, DAY.minusDays(3), 7L), Map.of(article, 2L));
        repository.add(Map.of(DAY, 1L), Map.of(article, 3L, 999_999L, 4L));

        assertThat(repository.figuresOn(DAY)).isEqualTo(new VisitCounts(13, 6, 0));
        assertThat(repository.figuresOn(DAY.minusDays(2))).isEqualTo(new VisitCounts(13, 0, 7));
        assertThat(repository.visitsBetween(DAY.minusDays(3), DAY.minusDays(1))).isEqualTo(Map.of(DAY.minusDays(3), 7L));
        assertThat(fixture.viewCount(article)).isEqualTo(5);
    }
}
