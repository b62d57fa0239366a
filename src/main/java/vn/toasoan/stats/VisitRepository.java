package vn.toasoan.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Persisted visit counts ({@code visit_day}) and article views ({@code article_view_count}). */
class VisitRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    VisitRepository(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * All visits, and those of {@code today} and the day before, in one statement: one snapshot of the table, so
     * the three figures agree even while other nodes write.
     */
    VisitCounts figuresOn(LocalDate today) {
        // SUM is NUMERIC on PostgreSQL and H2: read it as a number and narrow it.
        return jdbc.sql("""
                        SELECT COALESCE(SUM(visits), 0) AS total,
                               COALESCE(SUM(CASE WHEN visit_date = :today THEN visits END), 0) AS today,
                               COALESCE(SUM(CASE WHEN visit_date = :yesterday THEN visits END), 0) AS yesterday
                        FROM visit_day""")
                .param("today", today)
                .param("yesterday", today.minusDays(1))
                .query((rs, row) -> new VisitCounts(((Number) rs.getObject("total")).longValue(),
                        ((Number) rs.getObject("today")).longValue(), ((Number) rs.getObject("yesterday")).longValue()))
                .single();
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
            visitsByDay.forEach((day, visits) -> addOrInsert(status,
                    () -> jdbc.sql("UPDATE visit_day SET visits = visits + :visits WHERE visit_date = :day")
                            .param("visits", visits)
                            .param("day", day)
                            .update(),
                    () -> jdbc.sql("INSERT INTO visit_day (visit_date, visits) VALUES (:day, :visits)")
                            .param("day", day)
                            .param("visits", visits)
                            .update()));
            viewsByArticle.forEach((articleId, views) -> addOrInsert(status,
                    () -> jdbc.sql("UPDATE article_view_count SET views = views + :views WHERE article_id = :id")
                            .param("views", views)
                            .param("id", articleId)
                            .update(),
                    // The first views of the article, if it still exists (the article table is read, not written).
                    () -> jdbc.sql("""
                            INSERT INTO article_view_count (article_id, views)
                            SELECT id, :views FROM article WHERE id = :id""")
                            .param("views", views)
                            .param("id", articleId)
                            .update()));
        });
    }

    /**
     * UPDATE, then INSERT when there is no row yet: plain SQL that H2 and PostgreSQL both run. Two nodes inserting
     * the same new row collide on the primary key; the loser goes back to a savepoint (PostgreSQL refuses every
     * further statement of a transaction after an error) and its UPDATE then finds the winner's row, so neither
     * batch fails.
     */
    private static void addOrInsert(TransactionStatus status, IntSupplier update, IntSupplier insert) {
        if (update.getAsInt() > 0) {
            return;
        }
        Object savepoint = status.createSavepoint();
        try {
            insert.getAsInt();
            status.releaseSavepoint(savepoint);
        } catch (DuplicateKeyException e) {
            status.rollbackToSavepoint(savepoint);
            update.getAsInt();
        }
    }
}
