package vn.toasoan.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Persisted visit counts ({@code visit_day}) and article views ({@code article_view_count}). */
class VisitRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    VisitRepository(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    long totalVisits() {
        // SUM is NUMERIC on PostgreSQL and H2: read it as a number and narrow it.
        return jdbc.sql("SELECT COALESCE(SUM(visits), 0) FROM visit_day").query(Number.class).single().longValue();
    }

    Map<LocalDate, Long> visitsSince(LocalDate from) {
        Map<LocalDate, Long> visits = new HashMap<>();
        jdbc.sql("SELECT visit_date, visits FROM visit_day WHERE visit_date >= :from")
                .param("from", from)
                .query(rs -> {
                    visits.put(rs.getObject("visit_date", LocalDate.class), rs.getLong("visits"));
                });
        return visits;
    }

    /** Visits per day from {@code from} to {@code to} inclusive; days without a row are left out. */
    Map<LocalDate, Long> visitsBetween(LocalDate from, LocalDate to) {
        Map<LocalDate, Long> visits = new HashMap<>();
        jdbc.sql("SELECT visit_date, visits FROM visit_day WHERE visit_date >= :from AND visit_date <= :to")
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    visits.put(rs.getObject("visit_date", LocalDate.class), rs.getLong("visits"));
                });
        return visits;
    }

    /**
     * Adds the increments in one transaction: all or nothing, so a failed batch can be retried as a whole.
     * Views of articles that no longer exist are dropped.
     */
    void add(Map<LocalDate, Long> visitsByDay, Map<Long, Long> viewsByArticle) {
        transactions.executeWithoutResult(status -> {
            // UPDATE, then INSERT when the day has no row yet: plain SQL that H2 and PostgreSQL both run. Two nodes
            // inserting the same new day collide on the primary key; the loser's batch fails and is retried.
            visitsByDay.forEach((day, visits) -> {
                int updated = jdbc.sql("UPDATE visit_day SET visits = visits + :visits WHERE visit_date = :day")
                        .param("visits", visits)
                        .param("day", day)
                        .update();
                if (updated == 0) {
                    jdbc.sql("INSERT INTO visit_day (visit_date, visits) VALUES (:day, :visits)")
                            .param("day", day)
                            .param("visits", visits)
                            .update();
                }
            });
            viewsByArticle.forEach((articleId, views) -> {
                int updated = jdbc.sql("UPDATE article_view_count SET views = views + :views WHERE article_id = :id")
                        .param("views", views)
                        .param("id", articleId)
                        .update();
                if (updated == 0) {
                    // The first views of the article, if it still exists (the article table is read, not written).
                    jdbc.sql("""
                            INSERT INTO article_view_count (article_id, views)
                            SELECT id, :views FROM article WHERE id = :id""")
                            .param("views", views)
                            .param("id", articleId)
                            .update();
                }
            });
        });
    }
}
