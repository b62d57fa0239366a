package vn.toasoan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.toasoan.stats.UserAgents.CHROME;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Visits per day for the dashboard's chart: the database's days plus what is counted and not yet written. */
class DailyVisitsTest {

    @Test
    void missingDaysAreZeroAndTheLastDayIsToday() {
        StatsFixture stats = StatsFixture.at("2025-03-10T10:00:00");
        List<DailyVisits> days = stats.counter.daily(3);
        assertThat(days).containsExactly(new DailyVisits(LocalDate.parse("2025-03-08"), 0),
                new DailyVisits(LocalDate.parse("2025-03-09"), 0), new DailyVisits(LocalDate.parse("2025-03-10"), 0));
        assertThat(stats.counter.daily(0)).isEmpty();
    }

    @Test
    void pendingAndWrittenCountsAddUpOnceAndAgreeWithTheCards() {
        StatsFixture stats = StatsFixture.at("2025-03-10T10:00:00");
        stats.browser(CHROME, "203.0.113.1").get("/");
        stats.browser(CHROME, "203.0.113.2").get("/");
        assertThat(stats.counter.daily(2)).extracting(DailyVisits::visits).containsExactly(0L, 2L);

        stats.store.flush();
        stats.browser(CHROME, "203.0.113.3").get("/");
        // Two written, one pending: three, not five.
        assertThat(stats.persistedVisits(LocalDate.parse("2025-03-10"))).isEqualTo(2);
        assertThat(stats.counter.daily(2)).extracting(DailyVisits::visits).containsExactly(0L, 3L);

        // Past midnight in the site zone (17:00 UTC), the day before is yesterday on the cards and on the chart.
        stats.clock.set("2025-03-11T00:30:00");
        stats.browser(CHROME, "203.0.113.4").get("/");
        List<DailyVisits> days = stats.counter.daily(2);
        assertThat(days).extracting(DailyVisits::visits).containsExactly(3L, 1L);
        StatsSnapshot cards = stats.stats();
        assertThat(cards.yesterday()).isEqualTo(days.get(0).visits());
        assertThat(cards.today()).isEqualTo(days.get(1).visits());
    }

    @Test
    void daysBeforeTheStoreStartedComeFromTheDatabase() {
        StatsFixture stats = StatsFixture.at("2025-03-10T10:00:00");
        VisitRepository repository = new VisitRepository(stats.jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(stats.dataSource)));
        repository.add(Map.of(LocalDate.parse("2025-03-01"), 7L, LocalDate.parse("2025-02-28"), 5L), Map.of());
        assertThat(stats.counter.daily(10)).first().isEqualTo(new DailyVisits(LocalDate.parse("2025-03-01"), 7));
        assertThat(repository.visitsBetween(LocalDate.parse("2025-02-28"), LocalDate.parse("2025-02-28")))
                .isEqualTo(Map.of(LocalDate.parse("2025-02-28"), 5L));
    }
}
