package vn.toasoan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Proves the per-context test database in whichever mode this JVM runs: H2 by default, PostgreSQL with
 * {@code -Dtoasoan.test.database=postgres} (CI's second pass).
 */
@SpringBootTest(properties = "toasoan.demo.enabled=false")
class TestDatabaseContextCustomizerTest {

    static String outerUrl;

    @Autowired
    Environment env;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void contextGetsItsOwnDataDirectoryDatabaseAndNoManagementPort() throws SQLException {
        Path dataDir = Path.of(env.getProperty("toasoan.data-dir"));
        assertThat(dataDir).isAbsolute().isDirectory();
        assertThat(dataDir.getFileName().toString())
                .startsWith(TestDatabases.DIRECTORY_PREFIX + ProcessHandle.current().pid() + "-");
        assertThat(dataDir.getParent()).isEqualTo(TestDatabases.dataRoot());
        assertThat(env.getProperty("management.server.port")).isEqualTo("-1");

        String url = env.getProperty("spring.datasource.url");
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (TestDatabases.mode() == TestDatabases.Mode.POSTGRES) {
                assertThat(product).isEqualTo("PostgreSQL");
                assertThat(url).startsWith(TestDatabases.postgresServerUrl() + "toasoan_t_");
                assertThat(jdbc.sql("SELECT current_database()").query(String.class).single())
                        .startsWith("toasoan_t_");
            } else {
                assertThat(product).isEqualTo("H2");
                assertThat(url).startsWith("jdbc:h2:file:" + dataDir.resolve("db/toasoan"));
                assertThat(Files.exists(dataDir.resolve("db/toasoan.mv.db"))).isTrue();
            }
        }
        // Fresh database, migrated by Flyway: exact counts hold.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM category").query(Long.class).single()).isZero();
        jdbc.sql("INSERT INTO site_setting (name, setting_value) VALUES ('isolation-probe', 'outer')").update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site_setting WHERE name = 'isolation-probe'")
                .query(Long.class).single()).isEqualTo(1L);
        outerUrl = url;
    }

    /** A different configuration is a different context: it must not see the outer context's row. */
    @Nested
    @TestPropertySource(properties = "toasoan.site.name=Another context")
    class AnotherContext {

        @Autowired
        Environment nestedEnv;

        @Autowired
        JdbcClient nestedJdbc;

        @Test
        void getsAnotherFreshDatabase() {
            assertThat(outerUrl).as("outer test runs first").isNotNull();
            assertThat(nestedEnv.getProperty("toasoan.site.name")).isEqualTo("Another context");
            assertThat(nestedEnv.getProperty("spring.datasource.url")).isNotEqualTo(outerUrl);
            assertThat(nestedJdbc.sql("SELECT COUNT(*) FROM site_setting WHERE name = 'isolation-probe'")
                    .query(Long.class).single()).isZero();
        }
    }
}
