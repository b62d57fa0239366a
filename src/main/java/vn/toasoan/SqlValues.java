package vn.toasoan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Values as the repositories hand them to SQL. Instants to and from TIMESTAMP WITH TIME ZONE columns: both H2 and
 * PostgreSQL's drivers bind and read {@link OffsetDateTime}, not {@link Instant}; stored in UTC, so what the database
 * shows does not depend on the server's zone.
 */
public final class SqlValues {

    private SqlValues() {
    }

    /** The parameter value of {@code instant}; null stays null. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant in {@code column}, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** {@code text} to match as written inside a LIKE pattern with {@code ESCAPE '\\'}: % and _ are not wildcards. */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
