package vn.toasoan;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.toasoan.testsupport.TestDatabases;

/**
 * V13 on a database written by V1–V12, with values in the places that moved to their owners: the view counts, the
 * banner lead, the mentions marker, and an article waiting for its time. H2 by default, PostgreSQL with
 * {@code -Dtoasoan.test.database=postgres}.
 */
class TablesWithTheirOwnersMigrationTest {

    private static final OffsetDateTime PAST = OffsetDateTime.of(2021, 10, 4, 5, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime FUTURE = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30);

    @Test
    void valuesMoveToTheTablesOfTheirOwners() throws SQLException {
        DataSource database = newDatabase();
        Flyway.configure().dataSource(database).target("12").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("INSERT INTO category (slug, name, created_at) VALUES ('tin', 'Tin', :at)").param("at", PAST).update();
        long category = jdbc.sql("SELECT id FROM category").query(Long.class).single();
        long read = article(jdbc, category, "doc-nhieu", "PUBLISHED", PAST, 42);
        long scheduled = article(jdbc, category, "hen-gio", "PUBLISHED", FUTURE, 0);
        long draft = article(jdbc, category, "nhap", "DRAFT", null, 0);
        Map.of("banner.lead", "Nhiệt liệt chào mừng", "article.document-mentions-recorded", "true",
                "site.name", "Đảng ủy Khối").forEach((name, value) -> jdbc
                        .sql("INSERT INTO site_setting (name, setting_value) VALUES (:name, :value)")
                        .param("name", name).param("value", value).update());

        Flyway.configure().dataSource(database).load().migrate();

        assertThat(jdbc.sql("SELECT article_id, views FROM article_view_count").query((rs, n) -> List.of(
                rs.getLong("article_id"), rs.getLong("views"))).list()).containsExactly(List.of(read, 42L));
        assertThat(columns(database, "article")).contains("scheduled").doesNotContain("view_count");
        assertThat(jdbc.sql("SELECT lead_text FROM banner_lead WHERE id = 1").query(String.class).single())
                .isEqualTo("Nhiệt liệt chào mừng");
        assertThat(jdbc.sql("SELECT name FROM article_backfill").query(String.class).list())
                .containsExactly("document-mentions");
        assertThat(jdbc.sql("SELECT name FROM site_setting").query(String.class).list()).containsExactly("site.name");
        assertThat(jdbc.sql("SELECT id FROM article WHERE scheduled = TRUE").query(Long.class).list())
                .containsExactly(scheduled).doesNotContain(read, draft);
    }

    @Test
    void aDatabaseWithoutThoseValuesGetsEmptyTables() {
        DataSource database = newDatabase();
        Flyway.configure().dataSource(database).load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        assertThat(jdbc.sql("SELECT (SELECT COUNT(*) FROM article_view_count) + (SELECT COUNT(*) FROM banner_lead)"
                + " + (SELECT COUNT(*) FROM article_backfill)").query(Long.class).single()).isZero();
    }

    private static long article(JdbcClient jdbc, long category, String slug, String status, OffsetDateTime publishedAt,
            long views) {
        jdbc.sql("""
                INSERT INTO article (category_id, title, slug, body_html, status, published_at, view_count, created_at,
                                     updated_at)
                VALUES (:category, :slug, :slug, '<p>x</p>', :status, :publishedAt, :views, :at, :at)""")
                .param("category", category).param("slug", slug).param("status", status)
                .param("publishedAt", publishedAt).param("views", views).param("at", PAST).update();
        return jdbc.sql("SELECT id FROM article WHERE slug = :slug").param("slug", slug).query(Long.class).single();
    }

    private static List<String> columns(DataSource database, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = c.getMetaData().getColumns(null, null, name, null)) {
                    while (rs.next()) {
                        names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }

    private static DataSource newDatabase() {
        return switch (TestDatabases.mode()) {
            // Kept open between connections, as the application's pool keeps it: no close and reopen per statement.
            case H2 -> new DriverManagerDataSource(TestDatabases.h2Url(TestDatabases.newDataDirectory())
                    + ";DB_CLOSE_DELAY=-1", "sa", "");
            case POSTGRES -> new DriverManagerDataSource(TestDatabases.createPostgresDatabase(
                    TestDatabases.postgresServerUrl(), TestDatabases.postgresUser(), TestDatabases.postgresPassword()),
                    TestDatabases.postgresUser(), TestDatabases.postgresPassword());
        };
    }
}
