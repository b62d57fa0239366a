package vn.toasoan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDatabasesTest {

    @Test
    void unreachablePostgresFailsWithAClearMessage() {
        assertThatIllegalStateException()
                .isThrownBy(() -> TestDatabases.createPostgresDatabase("jdbc:postgresql://127.0.0.1:1/", "postgres", ""))
                .withMessageContaining("cannot create a test database on jdbc:postgresql://127.0.0.1:1/")
                .withMessageContaining("pg_isready");
    }

    @Test
    void unknownModeFails() {
        String before = System.getProperty(TestDatabases.MODE_PROPERTY);
        System.setProperty(TestDatabases.MODE_PROPERTY, "oracle");
        try {
            assertThatIllegalStateException().isThrownBy(TestDatabases::mode).withMessageContaining("oracle");
        } finally {
            if (before == null) {
                System.clearProperty(TestDatabases.MODE_PROPERTY);
            } else {
                System.setProperty(TestDatabases.MODE_PROPERTY, before);
            }
        }
    }

    @Test
    void leftoversOfEndedJvmsAreRemovedAndThoseOfRunningOnesKept(@TempDir Path root) throws IOException {
        // No process has the largest pid Linux allows plus one; this JVM and its parent are running.
        Path ended = Files.createDirectories(root.resolve(TestDatabases.DIRECTORY_PREFIX + 4_194_305 + "-1/db"));
        Files.writeString(ended.resolve("toasoan.trace.db"), "closed after the exit hook");
        Path mine = Files.createDirectory(root.resolve(TestDatabases.DIRECTORY_PREFIX + ProcessHandle.current().pid()
                + "-2"));
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        Path running = Files.createDirectory(root.resolve(TestDatabases.DIRECTORY_PREFIX + parent + "-3"));
        Path other = Files.createDirectory(root.resolve("something-else"));

        TestDatabases.removeLeftovers(root);

        assertThat(root.resolve(TestDatabases.DIRECTORY_PREFIX + 4_194_305 + "-1")).doesNotExist();
        assertThat(mine).isDirectory();
        assertThat(running).isDirectory();
        assertThat(other).isDirectory();
    }

    @Test
    @Tag("postgres")
    void createsAnEmptyPostgresDatabase() throws Exception {
        String url = TestDatabases.createPostgresDatabase(TestDatabases.postgresServerUrl(),
                TestDatabases.postgresUser(), TestDatabases.postgresPassword());
        assertThat(url).contains("/toasoan_t_");
        try (Connection c = DriverManager.getConnection(url, TestDatabases.postgresUser(),
                TestDatabases.postgresPassword());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }
}
