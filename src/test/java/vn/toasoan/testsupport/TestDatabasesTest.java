package vn.toasoan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

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
