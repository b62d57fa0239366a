package vn.toasoan.changes;

import static vn.toasoan.SqlValues.instant;
import static vn.toasoan.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code change_feed} and {@code change_feed_pruned}. */
@Repository
class ChangeFeedRepository {

    /** Gaps asked for in one query; more wait for the next round. */
    static final int GAPS_PER_QUERY = 50;

    private final JdbcClient jdbc;

    ChangeFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String topic, Long subject, String detail, Instant at) {
        jdbc.sql("INSERT INTO change_feed (topic, subject, detail, recorded_at)"
                        + " VALUES (:topic, :subject, :detail, :at)")
                .param("topic", topic).param("subject", subject).param("detail", detail).param("at", utc(at))
                .update();
    }

    /** The highest number committed or pruned so far; 0 for an empty feed. */
    long head() {
        return jdbc.sql("SELECT GREATEST(COALESCE((SELECT MAX(seq) FROM change_feed), 0),"
                        + " (SELECT through_seq FROM change_feed_pruned WHERE id = 1))")
                .query(Long.class).single();
    }

    long prunedThrough() {
        return jdbc.sql("SELECT through_seq FROM change_feed_pruned WHERE id = 1").query(Long.class).single();
    }

    /** Committed entries above {@code seq}, oldest first. */
    List<Change> after(long seq, int limit) {
        return jdbc.sql("SELECT seq, topic, subject, detail, recorded_at FROM change_feed WHERE seq > :seq"
                        + " ORDER BY seq LIMIT :limit")
                .param("seq", seq).param("limit", limit).query(ChangeFeedRepository::change).list();
    }

    /** Committed entries inside the first {@link #GAPS_PER_QUERY} gaps, oldest first. */
    List<Change> inGaps(List<FeedPosition.Gap> gaps) {
        List<FeedPosition.Gap> asked = gaps.subList(0, Math.min(gaps.size(), GAPS_PER_QUERY));
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < asked.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("seq BETWEEN :from").append(i).append(" AND :to").append(i);
        }
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT seq, topic, subject, detail, recorded_at FROM change_feed"
                + " WHERE " + where + " ORDER BY seq");
        for (int i = 0; i < asked.size(); i++) {
            statement = statement.param("from" + i, asked.get(i).from()).param("to" + i, asked.get(i).to());
        }
        return statement.query(ChangeFeedRepository::change).list();
    }

    /** When the oldest committed entry above {@code seq} was recorded, if there is one. */
    Optional<Instant> oldestAfter(long seq) {
        return jdbc.sql("SELECT MIN(recorded_at) AS oldest FROM change_feed WHERE seq > :seq").param("seq", seq)
                .query((rs, n) -> Optional.ofNullable(instant(rs, "oldest"))).single();
    }

    /**
     * Deletes the entries recorded before {@code before} and remembers the highest number deleted.
     *
     * @return how many entries were deleted
     */
    int pruneRecordedBefore(Instant before) {
        Long through = jdbc.sql("SELECT MAX(seq) FROM change_feed WHERE recorded_at < :before")
                .param("before", utc(before)).query(Long.class).optional().orElse(null);
        if (through == null) {
            return 0;
        }
        jdbc.sql("UPDATE change_feed_pruned SET through_seq = GREATEST(through_seq, :through) WHERE id = 1")
                .param("through", through).update();
        return jdbc.sql("DELETE FROM change_feed WHERE seq <= :through").param("through", through).update();
    }

    private static Change change(ResultSet rs, int row) throws SQLException {
        long subject = rs.getLong("subject");
        return new Change(rs.getLong("seq"), rs.getString("topic"), rs.wasNull() ? null : subject,
                rs.getString("detail"), instant(rs, "recorded_at"));
    }
}
