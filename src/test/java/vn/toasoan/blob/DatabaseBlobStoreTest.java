package vn.toasoan.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.testsupport.TestDatabases;

/**
 * The shared store of cluster mode on a real PostgreSQL, in a database of its own, migrated by the application's
 * migrations (group {@code postgres}, excluded from the default build).
 */
@Tag("postgres")
class DatabaseBlobStoreTest {

    static final Instant NOW = Instant.parse("2026-05-07T03:00:00Z");

    @TempDir
    Path cacheDir;

    private String database;
    private JdbcClient jdbc;
    private TransactionTemplate transactions;
    private final List<Object> published = new ArrayList<>();
    private DatabaseBlobStore store;

    @BeforeEach
    void createDatabase() throws Exception {
        database = "toasoan_t_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE DATABASE " + database);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestDatabases.postgresServerUrl() + database,
                TestDatabases.postgresUser(), TestDatabases.postgresPassword());
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        store = new DatabaseBlobStore(jdbc, "media_blob", transactions, published::add,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void dropDatabase() throws Exception {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void aBlobLargerThanOneSliceIsReadBackWholeAndByRanges() throws IOException {
        byte[] bytes = new byte[DatabaseBlobStore.SLICE * 2 + 12345];
        new Random(7).nextBytes(bytes);

        assertThat(store.putIfAbsent("2026/05/ban-do-0123456789ab.png", bytes)).isTrue();

        Blob blob = store.get("2026/05/ban-do-0123456789ab.png").orElseThrow();
        assertThat(blob.length()).isEqualTo(bytes.length);
        assertThat(blob.lastModified()).isEqualTo(NOW);
        try (InputStream in = blob.open()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        try (InputStream in = blob.open()) {
            long from = DatabaseBlobStore.SLICE - 5;
            assertThat(in.skip(from)).isEqualTo(from);
            assertThat(in.readNBytes(10)).isEqualTo(Arrays.copyOfRange(bytes, (int) from, (int) from + 10));
        }
    }

    @Test
    void theSameKeyIsStoredOnceAndTheFirstBytesStay() throws IOException {
        assertThat(store.putIfAbsent("ab/ab01.pdf", new byte[] {1, 2, 3})).isTrue();
        assertThat(store.putIfAbsent("ab/ab01.pdf", new byte[] {9})).isFalse();

        try (InputStream in = store.get("ab/ab01.pdf").orElseThrow().open()) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM media_blob").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDeletionIsRecordedForTheOtherNodesAndUndoneWithItsTransaction() {
        store.putIfAbsent("2026/05/a-0123456789ab.jpg", new byte[] {1});

        transactions.executeWithoutResult(status -> {
            store.delete("2026/05/a-0123456789ab.jpg");
            status.setRollbackOnly();
        });
        assertThat(store.exists("2026/05/a-0123456789ab.jpg")).isTrue();

        store.delete("2026/05/a-0123456789ab.jpg");
        store.delete("2026/05/a-0123456789ab.jpg");

        assertThat(store.exists("2026/05/a-0123456789ab.jpg")).isFalse();
        assertThat(store.get("2026/05/a-0123456789ab.jpg")).isEmpty();
        assertThat(published).containsExactly(new BlobDeleted("media_blob", "2026/05/a-0123456789ab.jpg"),
                new BlobDeleted("media_blob", "2026/05/a-0123456789ab.jpg"));
        assertThat(published.get(1)).extracting(e -> ((BlobDeleted) e).detail())
                .isEqualTo("media_blob 2026/05/a-0123456789ab.jpg");
    }

    @Test
    void theCachedStoreReadsTheDatabaseOnceAndForgetsWhatTheFeedSaysIsDeleted() throws IOException {
        BlobCache cache = new BlobCache(cacheDir, 1_000_000);
        CachedBlobStore cached = new CachedBlobStore(store, cache);
        store.putIfAbsent("2026/05/a-0123456789ab.jpg", new byte[] {1, 2, 3});

        assertThat(cached.get("2026/05/a-0123456789ab.jpg")).isPresent();
        jdbc.sql("DELETE FROM media_blob").update(); // another node's deletion, not yet followed here
        try (InputStream in = cached.get("2026/05/a-0123456789ab.jpg").orElseThrow().open()) {
            assertThat(in.readAllBytes()).as("served from the cache").containsExactly(1, 2, 3);
        }

        new BlobCacheFollower(cache).apply(List.of(new vn.toasoan.changes.Change(1, "blob", null,
                "media_blob 2026/05/a-0123456789ab.jpg", NOW)), null);

        assertThat(cached.get("2026/05/a-0123456789ab.jpg")).isEmpty();
        assertThat(cache.count()).isZero();
        assertThat(cached.get("../../etc/passwd")).isEmpty();
    }

    private static void admin(String sql) throws Exception {
        try (Connection admin = DriverManager.getConnection(TestDatabases.postgresServerUrl() + "postgres",
                TestDatabases.postgresUser(), TestDatabases.postgresPassword());
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
